import { foldText } from "../parse";

/** Risk on one scale whatever the sheet used: a class (Low/B/Alto/3) or a credit score. */
export const RISK_LEVELS = ["Low", "Medium", "High"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
/** Index into RISK_LEVELS, or UNKNOWN_RISK. */
export const UNKNOWN_RISK = 3;

export const CLASS_WORDS: ReadonlyMap<string, number> = new Map([
  ...["low", "bajo", "baixo", "minimal", "minimo", "a", "aa", "aaa", "1", "2", "safe", "green", "verde"].map((w) => [w, 0] as const),
  ...["medium", "moderate", "medio", "mid", "moderado", "b", "c", "3", "amber", "yellow", "amarillo", "amarelo"].map(
    (w) => [w, 1] as const,
  ),
  ...["high", "very high", "alto", "muy alto", "muito alto", "elevado", "severe", "d", "e", "f", "4", "5", "red", "rojo", "vermelho"].map(
    (w) => [w, 2] as const,
  ),
]);

/** A word a risk class may start with ("Risk B", "Riesgo alto"). */
export const CLASS_PREFIX = /^(risk|riesgo|risco)\s+/;

/**
 * Risk level from a risk class as written in the sheet.
 *
 * @example
 * riskFromClass("Alto") //=> 2 (High)
 * riskFromClass("B")    //=> 1 (Medium)
 */
export function riskFromClass(text: string): number {
  if (text === "") return UNKNOWN_RISK;
  const folded = foldText(text).replace(CLASS_PREFIX, "");
  return CLASS_WORDS.get(folded) ?? UNKNOWN_RISK;
}

/**
 * Risk level from a credit score where higher is safer. Scores on 0-1, 0-100
 * and 300-850 scales are recognised by their size.
 *
 * @example
 * riskFromScore(720) //=> 0 (Low)
 */
export function riskFromScore(score: number): number {
  if (Number.isNaN(score)) return UNKNOWN_RISK;
  const pct = score <= 1 ? score * 100 : score <= 100 ? score : ((score - 300) / 550) * 100;
  return pct >= 70 ? 0 : pct >= 40 ? 1 : 2;
}
