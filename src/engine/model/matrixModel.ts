import type { MatrixModel } from "../config/schema";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import { accessorFor, type EvalContext } from "./accessors";
import type { CompiledModel } from "./compiledModel";
import { fieldInWords } from "./conditionWords";
import { formatFieldValue } from "./format";

const LEVEL_NAMES: Readonly<Record<number, readonly string[]>> = {
  2: ["low", "high"],
  3: ["low", "medium", "high"],
};

/**
 * A risk × value matrix (2×2 or 3×3): the cell at (risk level, value level)
 * gives the outcome. A missing risk value counts as the highest risk, a
 * missing value as the lowest value.
 *
 * @example
 * // risk = Score (higher is safer), cuts [40, 70]; value = CustomerBalance, cuts [5000, 25000]
 * // Score 35 and balance 30,000 → cells[2][2] ("high risk, high value")
 */
export function compileMatrixModel(model: MatrixModel, ctx: EvalContext, sheet: string): Result<CompiledModel, EngineIssue> {
  const risk = accessorFor(model.risk.field, ctx, true);
  if (!risk) return fail({ kind: "unknownField", sheet, field: model.risk.field, where: "Matrix risk axis" });
  const value = accessorFor(model.value.field, ctx, true);
  if (!value) return fail({ kind: "unknownField", sheet, field: model.value.field, where: "Matrix value axis" });
  if (risk.type !== "number" || value.type !== "number")
    return fail({ kind: "badCondition", where: "Matrix", detail: "both axes need a number field" });
  const riskCuts = model.risk.cuts;
  const valueCuts = model.value.cuts;
  const riskLevels = riskCuts.length + 1;
  const valueLevels = valueCuts.length + 1;
  if (model.cells.length !== riskLevels || model.cells.some((r) => r.length !== valueLevels))
    return fail({ kind: "badCondition", where: "Matrix", detail: `cells must be ${riskLevels} rows of ${valueLevels}` });
  const level = (v: number, cuts: readonly number[]): number => {
    let k = 0;
    while (k < cuts.length && v >= cuts[k]) k++;
    return k;
  };
  const riskLevel = (row: number): number => {
    const v = risk.get(row);
    if (v !== v) return riskLevels - 1;
    const k = level(v, riskCuts);
    return model.risk.higherIsRiskier ? k : riskLevels - 1 - k;
  };
  const valueLevel = (row: number): number => {
    const v = value.get(row);
    return v !== v ? 0 : level(v, valueCuts);
  };
  const outcomes = model.cells.flat();
  return ok({
    outcomes,
    evaluate(row, unit, results) {
      results.outcome[unit] = riskLevel(row) * valueLevels + valueLevel(row);
    },
    explain(row, unit, results) {
      const cell = results.outcome[unit];
      const r = Math.floor(cell / valueLevels);
      const v = cell % valueLevels;
      const t = ctx.texts;
      const level = (levels: number, k: number) => t.reasons.levels[LEVEL_NAMES[levels][k] as "low" | "medium" | "high"];
      const named = (field: string) => (t.language === "en" ? field : fieldInWords(field, t));
      return t.reasons.matrix(
        level(riskLevels, r),
        `${named(model.risk.field)} ${formatFieldValue(risk, row, t)}`,
        level(valueLevels, v),
        `${named(model.value.field)} ${formatFieldValue(value, row, t)}`,
      );
    },
  });
}
