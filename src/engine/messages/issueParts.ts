/** What every language's issue texts share: how many configuration problems a message lists, and how it lists them. */
import { describeConfigProblem } from "../config/describe";
import type { ConfigProblem } from "../issues";
import type { Language } from "../language";

/** Configuration problems listed in a message; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 50;

/** The problems as lines ("  - line 3:5, …"), at most MAX_PROBLEMS_SHOWN, and how many more there are. */
export function problemLines(problems: readonly ConfigProblem[], language: Language): { readonly lines: string[]; readonly more: number } {
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  - ${describeConfigProblem(p, language)}`);
  return { lines, more: problems.length - lines.length };
}
