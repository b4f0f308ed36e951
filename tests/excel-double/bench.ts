/**
 * Bench hook: a full-height sheet (1,048,575 ledger rows under a header)
 * through the Office adapter's read and write, on the double, reporting syncs
 * and payload sizes. The read takes the whole 16-column used range (16.8M
 * cells, read in blocks under the 4 MB and 5,000,000-cell caps); the write
 * puts the six output columns right of the ledger.
 */
import { generateLedger } from "../support/generateLedger";
import { OUTPUT_HEADERS } from "../../src/engine/segmentation";
import { outputRows, type OutputCell } from "../../src/workbook/port";
import { createExcelDouble } from "./index";
import { officePortFor } from "./adapterPort";

export interface OfficeBenchFigures {
  readonly rows: number;
  readonly readCells: number;
  readonly readSyncs: number;
  readonly readMs: number;
  readonly writeSyncs: number;
  readonly writeMs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly payloadLimitBytes: number;
}

const SEGMENTS = ["Call now", "Firm reminder", "Automate", "Watch", "Legal"];
const BUCKETS = ["Current", "1-30", "31-60", "61-90", "90+"];

export async function benchOfficeAdapter(rows = 1_048_575): Promise<OfficeBenchFigures> {
  const cells = generateLedger({ rows, dates: "serial" });
  const width = cells[0].length;
  const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: cells as never }] });
  const port = officePortFor(excel);

  let t = performance.now();
  const read = await port.readRegion({});
  const readMs = performance.now() - t;
  if (!read.ok) throw new Error(`read failed: ${JSON.stringify(read.error)}`);
  const readSyncs = excel.stats.syncs;
  const read1 = { req: excel.stats.largestRequestBytes, res: excel.stats.largestResponseBytes };
  excel.resetStats();

  const output: OutputCell[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const s = i % SEGMENTS.length;
    output[i] = [
      SEGMENTS[s],
      s + 1,
      "Phone the customer",
      (i * 7) % 101,
      `Balance over limit and ${i % 90} days past due`,
      BUCKETS[i % BUCKETS.length],
    ];
  }
  t = performance.now();
  const written = await port.writeColumns({
    sheet: "Ledger",
    source: { kind: "range" },
    headerRow: 0,
    column: width,
    headers: OUTPUT_HEADERS,
    ...outputRows(output),
    priorityIndex: 1,
    maxPriority: 5,
  });
  const writeMs = performance.now() - t;
  if (!written.ok) throw new Error(`write failed: ${JSON.stringify(written.error)}`);

  return {
    rows,
    readCells: read.value.values.length * width,
    readSyncs,
    readMs: Math.round(readMs),
    writeSyncs: excel.stats.syncs,
    writeMs: Math.round(writeMs),
    largestRequestBytes: Math.max(read1.req, excel.stats.largestRequestBytes),
    largestResponseBytes: Math.max(read1.res, excel.stats.largestResponseBytes),
    payloadLimitBytes: excel.book.payloadLimitBytes,
  };
}
