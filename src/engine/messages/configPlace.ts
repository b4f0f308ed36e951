/**
 * A configuration path (`model.rules[1].when`) said as the task pane says it
 * ("Regla 2, condición"), for the languages that say it in words. What has no
 * words of its own keeps its path, in parentheses, so it can still be found in
 * the file.
 */

export interface PlaceWords {
  readonly topLevel: string;
  rule(number: number): string;
  readonly otherwise: string;
  band(number: number): string;
  matrixRow(row: number): string;
  matrixCell(row: number, column: number): string;
  edge(number: number): string;
  readonly edges: string;
  factor(number: number): string;
  /** Words for what follows a rule (`when`, `segment`, `strategy.channel` …) and for top-level keys (`asOf`). */
  readonly parts: Readonly<Record<string, string>>;
}

type Head = readonly [RegExp, (match: RegExpExecArray, words: PlaceWords) => string];

const HEADS: readonly Head[] = [
  [/^model\.rules\[(\d+)\]/, (m, w) => w.rule(Number(m[1]) + 1)],
  [/^model\.otherwise/, (_m, w) => w.otherwise],
  [/^model\.bands\[(\d+)\]/, (m, w) => w.band(Number(m[1]) + 1)],
  [/^model\.cells\[(\d+)\]\[(\d+)\]/, (m, w) => w.matrixCell(Number(m[1]) + 1, Number(m[2]) + 1)],
  [/^model\.cells\[(\d+)\]/, (m, w) => w.matrixRow(Number(m[1]) + 1)],
  [/^agingEdges\[(\d+)\]/, (m, w) => w.edge(Number(m[1]) + 1)],
  [/^agingEdges/, (_m, w) => w.edges],
  [/^scoreCard\[(\d+)\]/, (m, w) => w.factor(Number(m[1]) + 1)],
];

/**
 * A path in the given words.
 *
 * @example sayPlace("model.rules[1].when", ES_WORDS) //=> "Regla 2, condición"
 * @example sayPlace("model.rules[1].when.conditions[0].value", ES_WORDS) //=> "Regla 2 (when.conditions[0].value)"
 */
export function sayPlace(path: string, words: PlaceWords): string {
  if (path === "") return words.topLevel;
  for (const [pattern, say] of HEADS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const head = say(match, words);
    const rest = path.slice(match[0].length).replace(/^\./, "");
    if (rest === "") return head;
    const part = words.parts[rest];
    return part !== undefined ? `${head}, ${part}` : `${head} (${rest})`;
  }
  const part = words.parts[path];
  return part !== undefined ? `${part} (${path})` : path;
}
