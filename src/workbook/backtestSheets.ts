/**
 * Writing the Backtest and Compare sheets through any face: the plan laid
 * out once (backtestPlan.ts, comparePlan.ts), then handed to the port, which
 * puts it over the earlier sheet of its kind (found by its marker) or under a
 * free name. The command line's `--out`, the task pane and the browser page
 * all call these.
 */
import type { Result } from "../engine/result";
import { backtestPlan, type BacktestSheetInput } from "./backtestPlan";
import { comparePlan, type CompareSheetInput } from "./comparePlan";
import type { WorkbookError } from "./errors";
import type { PlanSheetReport, WorkbookPort } from "./port";

/**
 * Writes (or replaces) the Backtest sheet.
 *
 * @example
 * await writeBacktestSheet(port, { result, policy: "Aging", sheet: "AR", texts: textsFor("en").backtest }) //=> { ok: true, value: { sheet: "Backtest" } }
 */
export function writeBacktestSheet(port: WorkbookPort, input: BacktestSheetInput): Promise<Result<PlanSheetReport, WorkbookError>> {
  return port.writePlanSheet({ kind: "backtest", sheetName: input.texts.sheetName, plan: backtestPlan(input) });
}

/**
 * Writes (or replaces) the Compare sheet.
 *
 * @example
 * await writeCompareSheet(port, { comparison, names, sheet: "AR", changes, rowNumber: (r) => r + 1, texts }) //=> { ok: true, value: { sheet: "Compare" } }
 */
export function writeCompareSheet(port: WorkbookPort, input: CompareSheetInput): Promise<Result<PlanSheetReport, WorkbookError>> {
  return port.writePlanSheet({ kind: "compare", sheetName: input.texts.compareSheetName, plan: comparePlan(input) });
}
