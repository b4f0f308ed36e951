import type { ScoreModel } from "../config/schema";
import type { EngineIssue } from "../issues";
import { ok, type Result } from "../result";
import type { CompiledModel } from "./compiledModel";
import type { RunTexts } from "../messages/types";
import type { CompiledScoreCard } from "./scoreCard";

/**
 * Propensity-to-pay bands (the Oracle style): the score card's 0-100 score
 * picks the band with the highest minScore it reaches.
 *
 * @example
 * // bands: minScore 70 "Likely to pay", 40 "Watch", 0 "Unlikely to pay"; score 55 → "Watch"
 */
export function compileScoreModel(model: ScoreModel, card: CompiledScoreCard, texts: RunTexts): Result<CompiledModel, EngineIssue> {
  const bands = [...model.bands].sort((a, b) => b.minScore - a.minScore);
  return ok({
    outcomes: bands,
    evaluate(_row, unit, results) {
      const s = results.score[unit];
      let b = 0;
      while (b < bands.length - 1 && s < bands[b].minScore) b++;
      results.outcome[unit] = b;
    },
    explain(row, unit, results) {
      const band = bands[results.outcome[unit]];
      return texts.reasons.score(results.score[unit], band.minScore, card.explain(row));
    },
  });
}
