import type { CompareOp, Condition, Scalar } from "../config/schema";
import { assertNever } from "../result";
import { isPlainName } from "./keywords";
import { isCalendarDate } from "./tokens";

type Compare = Extract<Condition, { kind: "compare" }>;

const SYMBOLS: Partial<Record<CompareOp, string>> = { "=": "=", "!=": "<>", ">": ">", ">=": ">=", "<": "<", "<=": "<=" };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A field as typed in an expression: bare when it can be, else in brackets with `]` doubled. */
export function formatField(name: string): string {
  return isPlainName(name) ? name : `[${name.replace(/]/g, "]]")}]`;
}

/**
 * A value as typed in an expression: numbers plainly, dates bare, text in
 * double quotes with an inner quote doubled (as in Excel formulas).
 *
 * @example
 * formatScalar('say "hi"') //=> '"say ""hi"""'
 */
export function formatScalar(value: Scalar): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const date = ISO_DATE.exec(value);
  if (date && isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]))) return value;
  return `"${value.replace(/"/g, '""')}"`;
}

function formatValue(value: Compare["value"]): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return `(${value.map(formatScalar).join(", ")})`;
  return formatScalar(value as Scalar);
}

function formatRange(value: Compare["value"]): string {
  if (Array.isArray(value) && value.length === 2) return `${formatScalar(value[0])} and ${formatScalar(value[1])}`;
  return formatValue(value);
}

function formatList(value: Compare["value"]): string {
  if (value === undefined || Array.isArray(value)) return formatValue(value);
  return `(${formatValue(value)})`;
}

function formatCompare({ field, op, value }: Compare): string {
  const name = formatField(field);
  switch (op) {
    case "=":
    case "!=":
    case ">":
    case ">=":
    case "<":
    case "<=":
      return `${name} ${SYMBOLS[op]} ${formatValue(value)}`.trimEnd();
    case "between":
      return `${name} between ${formatRange(value)}`.trimEnd();
    case "in":
      return `${name} in ${formatList(value)}`.trimEnd();
    case "notIn":
      return `${name} not in ${formatList(value)}`.trimEnd();
    case "contains":
      return `${name} contains ${formatValue(value)}`.trimEnd();
    case "startsWith":
      return `${name} starts with ${formatValue(value)}`.trimEnd();
    case "isBlank":
      return `${name} is blank`;
    case "isNotBlank":
      return `${name} is not blank`;
    case "isTrue":
      return name;
    case "isFalse":
      return `${name} is false`;
    default:
      return assertNever(op);
  }
}

/** Groups inside another group, and inside `not`, get parentheses so the text reads the way it parses. */
function formatOperand(condition: Condition): string {
  const text = formatCondition(condition);
  const grouped = (condition.kind === "all" || condition.kind === "any") && condition.conditions.length > 1;
  return grouped ? `(${text})` : text;
}

/**
 * The canonical expression text of a condition: `parseExpression` reads it
 * back to an equal condition (for conditions whose groups have two or more
 * members and no directly nested group of the same kind, which is what the
 * parser produces). An empty `all` is written `always`, an empty `any`
 * `not always`.
 *
 * @example
 * formatCondition({ kind: "all", conditions: [
 *   { kind: "compare", field: "Balance", op: ">", value: 10000 },
 *   { kind: "compare", field: "Days Past Due", op: ">", value: 60 } ] })
 * //=> "Balance > 10000 and [Days Past Due] > 60"
 */
export function formatCondition(condition: Condition): string {
  switch (condition.kind) {
    case "always":
      return "always";
    case "compare":
      return formatCompare(condition);
    case "not":
      return `not ${formatOperand(condition.condition)}`;
    case "all":
    case "any": {
      const { conditions } = condition;
      if (conditions.length === 0) return condition.kind === "all" ? "always" : "not always";
      if (conditions.length === 1) return formatCondition(conditions[0]);
      return conditions.map(formatOperand).join(condition.kind === "all" ? " and " : " or ");
    }
    default:
      return assertNever(condition);
  }
}
