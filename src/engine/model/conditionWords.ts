import type { CompareOp, Condition, Scalar } from "../config/schema";
import { resolveConditionField } from "../conditionFields";
import type { RunTexts } from "../messages/types";
import { assertNever } from "../result";

type Compare = Extract<Condition, { kind: "compare" }>;

const SYMBOLS: Partial<Record<CompareOp, string>> = { "=": "=", "!=": "≠", ">": ">", ">=": "≥", "<": "<", "<=": "≤" };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field in a language's words: a built-in field by its name there, any other column by its header. */
export function fieldInWords(name: string, texts: RunTexts): string {
  const field = resolveConditionField(name);
  return field === undefined ? name : texts.fields[field];
}

function scalar(value: Scalar, texts: RunTexts): string {
  if (typeof value === "number") return texts.number(value);
  if (typeof value === "boolean") return value ? texts.words.true : texts.words.false;
  return ISO_DATE.test(value) ? texts.date(value) : `«${value}»`;
}

function values(value: Compare["value"], texts: RunTexts): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return `(${value.map((v) => scalar(v, texts)).join(", ")})`;
  return scalar(value as Scalar, texts);
}

function compare({ field, op, value }: Compare, texts: RunTexts): string {
  const name = fieldInWords(field, texts);
  const w = texts.words;
  switch (op) {
    case "=":
    case "!=":
    case ">":
    case ">=":
    case "<":
    case "<=":
      return `${name} ${SYMBOLS[op]} ${values(value, texts)}`.trimEnd();
    case "between": {
      const [low, high] = Array.isArray(value) && value.length === 2 ? value : [value as Scalar, value as Scalar];
      return `${name} ${w.between} ${scalar(low, texts)} ${w.betweenAnd} ${scalar(high, texts)}`;
    }
    case "in":
      return `${name} ${w.in} ${Array.isArray(value) ? values(value, texts) : `(${values(value, texts)})`}`;
    case "notIn":
      return `${name} ${w.notIn} ${Array.isArray(value) ? values(value, texts) : `(${values(value, texts)})`}`;
    case "contains":
      return `${name} ${w.contains} ${values(value, texts)}`;
    case "startsWith":
      return `${name} ${w.startsWith} ${values(value, texts)}`;
    case "isBlank":
      return `${name} ${w.isBlank}`;
    case "isNotBlank":
      return `${name} ${w.isNotBlank}`;
    case "isTrue":
      return name;
    case "isFalse":
      return `${name} ${w.isFalse}`;
    default:
      return assertNever(op);
  }
}

function operand(condition: Condition, texts: RunTexts): string {
  const text = conditionInWords(condition, texts);
  const grouped = (condition.kind === "all" || condition.kind === "any") && condition.conditions.length > 1;
  return grouped ? `(${text})` : text;
}

/**
 * A condition as a Reason writes it in Spanish or Portuguese: fields in words,
 * the language's keywords, numbers and dates in its conventions. (English
 * Reasons keep the rule as the user typed it.)
 *
 * @example conditionInWords({ kind: "compare", field: "DaysPastDue", op: ">", value: 30 }, es) //=> "días de atraso > 30"
 */
export function conditionInWords(condition: Condition, texts: RunTexts): string {
  switch (condition.kind) {
    case "always":
      return texts.words.always;
    case "compare":
      return compare(condition, texts);
    case "not":
      return `${texts.words.not} ${operand(condition.condition, texts)}`;
    case "all":
    case "any": {
      const { conditions } = condition;
      if (conditions.length === 0) return condition.kind === "all" ? texts.words.always : `${texts.words.not} ${texts.words.always}`;
      if (conditions.length === 1) return conditionInWords(conditions[0], texts);
      return conditions.map((c) => operand(c, texts)).join(` ${condition.kind === "all" ? texts.words.and : texts.words.or} `);
    }
    default:
      return assertNever(condition);
  }
}
