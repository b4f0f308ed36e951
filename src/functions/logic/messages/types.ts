/** A language's texts for the custom functions' problems, typed over every kind. */
import type { EdgesDetail, FunctionProblem } from "../problems";

export interface FunctionTexts {
  readonly problems: { readonly [K in FunctionProblem["kind"]]: (problem: Extract<FunctionProblem, { kind: K }>) => string };
  readonly edges: Readonly<Record<EdgesDetail, string>>;
}
