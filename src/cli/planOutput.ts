import { fail, ok, type Result } from "../engine/result";
import type { RunError, WorkbookError } from "../workbook/errors";
import type { PlanSheetReport, WorkbookPort } from "../workbook/port";
import type { AtomicOutputs } from "./atomicOutput";
import type { CommandProblem } from "./commandRun";
import { sameFile, statInput } from "./files";
import type { SessionRead } from "./sessionInput";

/**
 * `--out FILE.xlsx` of `arseg backtest` and `arseg compare`: a copy of the
 * input workbook (a csv input becomes a workbook of its one sheet) with the
 * product's sheet written by `write`, staged with the command's other outputs.
 * Every other part of an xlsx input is copied byte for byte; the input is
 * never the output. Returns the name the sheet was written under.
 */
export async function writeOutWorkbook(
  outputs: AtomicOutputs,
  input: string,
  out: string,
  read: Pick<SessionRead, "port" | "config">,
  write: (port: WorkbookPort) => Promise<Result<PlanSheetReport, WorkbookError>>,
): Promise<Result<string, CommandProblem>> {
  if (!/\.xlsx$/i.test(out)) return fail({ usage: { kind: "badValue", option: "--out", value: out, allowed: ["FILE.xlsx"] } });
  if (await sameFile(input, out)) return fail({ usage: { kind: "outputIsInput", file: out } });
  let port = read.port;
  if (!port) {
    const size = await statInput(input);
    if (!size.ok) return fail({ run: size.error });
    const { csvWorkbook } = await import("./csvToXlsx");
    const made = await csvWorkbook({ input, inputSize: size.value }, read.config);
    if (!made.ok) return fail({ run: made.error });
    port = made.value.port;
  }
  const written = await write(port);
  if (!written.ok) return fail({ run: written.error });
  const saved = await outputs.writeFileBy<RunError>(out, (file) =>
    port.save({ write: (bytes) => file.writeBytes(bytes, 0, bytes.length) }),
  );
  return saved.ok ? ok(written.value.sheet) : fail({ run: saved.error });
}
