import type { Model } from "../config/schema";
import type { EngineIssue } from "../issues";
import { assertNever, type Result } from "../result";
import type { EvalContext } from "./accessors";
import type { CompiledModel } from "./compiledModel";
import { compileMatrixModel } from "./matrixModel";
import { compilePointsModel } from "./pointsModel";
import type { CompiledScoreCard } from "./scoreCard";
import { compileRulesModel } from "./rulesModel";
import { compileScoreModel } from "./scoreModel";
import { withFirstRules } from "./firstRules";

/** Compiles whichever model the configuration holds, with its first rules (points, score and matrix models) in front. */
export function compileModel(model: Model, ctx: EvalContext, card: CompiledScoreCard, sheet: string): Result<CompiledModel, EngineIssue> {
  if (model.kind === "rules") return compileRulesModel(model, ctx, sheet);
  const compiled = compileOwn(model, ctx, card, sheet);
  return compiled.ok ? withFirstRules(model.first ?? [], compiled.value, ctx, sheet) : compiled;
}

function compileOwn(
  model: Exclude<Model, { kind: "rules" }>,
  ctx: EvalContext,
  card: CompiledScoreCard,
  sheet: string,
): Result<CompiledModel, EngineIssue> {
  switch (model.kind) {
    case "points":
      return compilePointsModel(model, ctx, sheet);
    case "score":
      return compileScoreModel(model, card, ctx.texts);
    case "matrix":
      return compileMatrixModel(model, ctx, sheet);
    default:
      return assertNever(model);
  }
}
