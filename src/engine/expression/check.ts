import type { CompareOp, Condition, Scalar } from "../config/schema";
import { assertNever } from "../result";
import { formatScalar } from "./format";
import { CONDITION_MESSAGES as M, type ConditionMessage } from "./messages";
import { isCalendarDate } from "./tokens";

type Compare = Extract<Condition, { kind: "compare" }>;

/** A value problem inside a condition, as a code; `path` is relative to the condition, e.g. ["conditions", 1, "value"]. */
export type ConditionProblem = {
  readonly path: readonly (string | number)[];
  /** The compare or group the problem is in, for messages that quote it. */
  readonly condition: Condition;
} & ConditionMessage;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: unknown): value is string {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const isOrdered = (value: unknown): boolean => (typeof value === "number" && Number.isFinite(value)) || isIsoDate(value);
const isScalar = (value: unknown): value is Scalar => ["number", "string", "boolean"].includes(typeof value);

function rangeProblem(value: Compare["value"]): ConditionMessage | undefined {
  if (!Array.isArray(value) || value.length !== 2) return M.needsRange();
  const [low, high] = value as readonly Scalar[];
  const bothNumbers = typeof low === "number" && typeof high === "number";
  if (!(bothNumbers && isOrdered(low) && isOrdered(high)) && !(isIsoDate(low) && isIsoDate(high))) return M.needsRange();
  return low > high ? M.reversedRange(formatScalar(low), formatScalar(high)) : undefined;
}

/** What is wrong with the value an operator was given, or undefined when it is the kind the operator needs. */
export function compareValueProblem(op: CompareOp, value: Compare["value"]): ConditionMessage | undefined {
  switch (op) {
    case ">":
    case ">=":
    case "<":
    case "<=":
      return isOrdered(value) ? undefined : M.needsOrderedValue(op);
    case "=":
    case "!=":
      return isScalar(value) ? undefined : M.needsScalar(op);
    case "contains":
    case "startsWith":
      return typeof value === "string" || typeof value === "number" ? undefined : M.needsText(op);
    case "between":
      return rangeProblem(value);
    case "in":
    case "notIn":
      return Array.isArray(value) && value.length > 0 ? undefined : M.needsList(op);
    case "isBlank":
    case "isNotBlank":
    case "isTrue":
    case "isFalse":
      return value === undefined ? undefined : M.needsNoValue(op);
    default:
      return assertNever(op);
  }
}

function walk(condition: Condition, path: readonly (string | number)[], into: ConditionProblem[]): void {
  switch (condition.kind) {
    case "compare": {
      const message = compareValueProblem(condition.op, condition.value);
      if (message !== undefined) into.push({ path: [...path, "value"], condition, ...message });
      return;
    }
    case "all":
    case "any":
      if (condition.conditions.length === 0) into.push({ path, condition, ...M.emptyGroup(condition.kind) });
      condition.conditions.forEach((inner, i) => walk(inner, [...path, "conditions", i], into));
      return;
    case "not":
      walk(condition.condition, [...path, "condition"], into);
      return;
    case "always":
      return;
    default:
      assertNever(condition);
  }
}

/**
 * Checks that every comparison has the value its operator needs: two ordered
 * values for `between`, a non-empty list for `in`, no value for `isBlank`…
 *
 * @example
 * checkCondition({ kind: "compare", field: "Balance", op: ">", value: "lots" })
 * //=> [{ path: ["value"], condition: …, code: "needsOrderedValue", params: { op: ">" } }]
 */
export function checkCondition(condition: Condition): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  walk(condition, [], problems);
  return problems;
}

/** Whether a condition holds for every row, so that later rules can never be reached. */
export function isAlways(condition: Condition): boolean {
  switch (condition.kind) {
    case "always":
      return true;
    case "all":
      return condition.conditions.every(isAlways);
    case "any":
      return condition.conditions.some(isAlways);
    default:
      return false;
  }
}
