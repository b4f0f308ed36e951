import { describeConfigMessage } from "../../engine/config/describe";
import type { ConfigProblem } from "../../engine/issues";
import type { Language } from "../../engine/language";

/** The parts of a rule (or of the "otherwise" outcome) a problem can point at. */
export type RulePart = "rule" | "segment" | "priority" | "when" | "channel" | "action" | "tone" | "message";

export interface RuleProblems {
  readonly parts: Partial<Record<RulePart, string[]>>;
  /** Problems inside a condition object, by row ("2") or group row ("2.0"). */
  readonly rows: Record<string, string[]>;
  readonly count: number;
}

/** Where validateConfig's problems belong in the pane. */
export interface ProblemIndex {
  readonly rules: ReadonlyMap<number, RuleProblems>;
  readonly otherwise: RuleProblems | undefined;
  /** By edge index; -1 for the list as a whole. */
  readonly edges: ReadonlyMap<number, string[]>;
  readonly asOf: string[];
  /** Problems with no place of their own in the pane (shown in the list at the top). */
  readonly other: readonly ConfigProblem[];
  readonly count: number;
}

const RULE_PATH = /^model\.(?:rules\[(\d+)\]|(otherwise))(?:\.(\w+))?(?:\.(\w+))?(.*)$/;
const ROW_PATH = /^\.?conditions\[(\d+)\](?:\.conditions\[(\d+)\])?/;
const EDGE_PATH = /^agingEdges(?:\[(\d+)\])?$/;

interface Mutable {
  parts: Partial<Record<RulePart, string[]>>;
  rows: Record<string, string[]>;
  count: number;
}

function partOf(key: string | undefined, sub: string | undefined): RulePart {
  if (key === "segment" || key === "priority" || key === "when") return key;
  if (key === "strategy" && (sub === "channel" || sub === "action" || sub === "tone" || sub === "message")) return sub;
  return "rule";
}

/**
 * Sorts a configuration's problems (paths such as `model.rules[2].when`) by
 * the rule and the field they concern, so the editor marks them in place.
 *
 * @example
 * indexProblems([{ path: "model.rules[2].when", code: "empty", params: {} }]).rules.get(2)?.parts.when //=> ["the configuration is empty"]
 */
export function indexProblems(problems: readonly ConfigProblem[], language: Language = "en"): ProblemIndex {
  const rules = new Map<number, Mutable>();
  let otherwise: Mutable | undefined;
  const edges = new Map<number, string[]>();
  const asOf: string[] = [];
  const other: ConfigProblem[] = [];
  const add = (target: Mutable, part: RulePart, message: string, rest: string): void => {
    const row = part === "when" ? ROW_PATH.exec(rest) : null;
    if (row) (target.rows[row[2] === undefined ? row[1] : `${row[1]}.${row[2]}`] ??= []).push(message);
    else (target.parts[part] ??= []).push(message);
    target.count++;
  };
  for (const problem of problems) {
    const message = describeConfigMessage(problem, language);
    const rule = RULE_PATH.exec(problem.path);
    if (rule) {
      const fresh = (): Mutable => ({ parts: {}, rows: {}, count: 0 });
      let target: Mutable;
      if (rule[2]) target = otherwise ??= fresh();
      else {
        const index = Number(rule[1]);
        target = rules.get(index) ?? fresh();
        rules.set(index, target);
      }
      const part = partOf(rule[3], rule[4]);
      const rest = part === "when" ? `${rule[4] ? `.${rule[4]}` : ""}${rule[5]}` : "";
      add(target, part, message, rest);
      continue;
    }
    const edge = EDGE_PATH.exec(problem.path);
    if (edge) {
      const index = edge[1] === undefined ? -1 : Number(edge[1]);
      edges.set(index, [...(edges.get(index) ?? []), message]);
      continue;
    }
    if (problem.path === "asOf") asOf.push(message);
    else other.push(problem);
  }
  return { rules, otherwise, edges, asOf, other, count: problems.length };
}
