/**
 * Office adapter benchmark: 1,048,575 ledger rows read and written through
 * the adapter on the Excel double; prints syncs and payload sizes as JSON.
 * Rows can be given as the first argument (default: a full sheet).
 */
import { benchOfficeAdapter } from "../tests/excel-double/bench";

const rows = Number(process.argv[2] ?? 1_048_575);

benchOfficeAdapter(rows).then(
  (figures) => console.log(JSON.stringify({ bench: "office-adapter", ...figures }, null, 2)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
