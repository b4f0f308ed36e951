import { CONDITION_FIELDS, resolveConditionField } from "../../engine/conditionFields";
import { COMPARE_OPS, type CompareOp, type Condition, type Scalar } from "../../engine/config/schema";

export type Compare = Extract<Condition, { kind: "compare" }>;
export type Group = { readonly kind: "all" | "any"; readonly conditions: readonly Compare[] };
/** A row of the condition editor: one comparison, or a group of comparisons. */
export type ConditionRow = Compare | Group;

/**
 * A rule's condition as the editor shows it: ALL or ANY of rows, each row a
 * comparison or a group of comparisons (one level of grouping). No rows means
 * "always".
 */
export interface RowsCondition {
  readonly match: "all" | "any";
  readonly rows: readonly ConditionRow[];
}

const isCompare = (c: Condition): c is Compare => c.kind === "compare";

/**
 * The editor's rows for a condition, or undefined when the condition is
 * deeper than rows can show (a NOT, or groups inside groups): it stays an expression.
 * @example toRows({ kind: "compare", field: "Balance", op: ">", value: 10 }) //=> { match: "all", rows: [<the compare>] }
 */
export function toRows(condition: Condition): RowsCondition | undefined {
  switch (condition.kind) {
    case "always":
      return { match: "all", rows: [] };
    case "compare":
      return { match: "all", rows: [condition] };
    case "all":
    case "any": {
      const rows: ConditionRow[] = [];
      for (const c of condition.conditions) {
        if (isCompare(c)) rows.push(c);
        else if ((c.kind === "all" || c.kind === "any") && c.conditions.every(isCompare))
          rows.push({ kind: c.kind, conditions: c.conditions as Compare[] });
        else return undefined;
      }
      return { match: condition.kind, rows };
    }
    case "not":
      return undefined;
  }
}

/** The condition the editor's rows stand for. */
export function fromRows(rows: RowsCondition): Condition {
  if (rows.rows.length === 0) return { kind: "always" };
  return { kind: rows.match, conditions: rows.rows };
}

export type ValueShape = "none" | "one" | "two" | "list";

/** How many values an operator takes. */
export function valueShapeOf(op: CompareOp): ValueShape {
  switch (op) {
    case "isBlank":
    case "isNotBlank":
    case "isTrue":
    case "isFalse":
      return "none";
    case "between":
      return "two";
    case "in":
    case "notIn":
      return "list";
    default:
      return "one";
  }
}

type FieldKind = "number" | "text" | "date" | "flag";

/** The type of a field a rule names; a sheet column by its header counts as text or number by its values, so "any". */
export function fieldKindOf(field: string): FieldKind | "any" {
  const name = resolveConditionField(field);
  return name ? CONDITION_FIELDS[name].type : "any";
}

const ORDERED_OPS: readonly CompareOp[] = [">", ">=", "<", "<=", "=", "!=", "between", "isBlank", "isNotBlank"];
const TEXT_OPS: readonly CompareOp[] = ["=", "!=", "in", "notIn", "contains", "startsWith", "isBlank", "isNotBlank"];
const FLAG_OPS: readonly CompareOp[] = ["isTrue", "isFalse"];
/** A column of the sheet (not a built-in field) may hold anything: every operator. */
const ANY_OPS: readonly CompareOp[] = COMPARE_OPS;

/** The operators worth offering for a field. */
export function operatorsFor(field: string): readonly CompareOp[] {
  switch (fieldKindOf(field)) {
    case "number":
    case "date":
      return ORDERED_OPS;
    case "text":
      return TEXT_OPS;
    case "flag":
      return FLAG_OPS;
    case "any":
      return ANY_OPS;
  }
}

/** A new comparison on a field, with its first sensible operator and no value yet. */
export function newCompare(field: string): Compare {
  const op = operatorsFor(field)[0];
  return { kind: "compare", field, op };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * One typed value as the rule stores it: a number when it reads as one (and
 * the field isn't text or a date), else the text.
 * @example scalarOf(" 90 ", "DaysPastDue") //=> 90
 */
export function scalarOf(text: string, field: string): Scalar | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const kind = fieldKindOf(field);
  if ((kind === "number" || kind === "any") && NUMBER.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** The value of a comparison from the text(s) typed for it. */
export function valueOf(texts: readonly string[], op: CompareOp, field: string): Compare["value"] {
  switch (valueShapeOf(op)) {
    case "none":
      return undefined;
    case "one":
      return scalarOf(texts[0] ?? "", field);
    case "two": {
      const low = scalarOf(texts[0] ?? "", field);
      const high = scalarOf(texts[1] ?? "", field);
      return low === undefined && high === undefined ? undefined : [low ?? "", high ?? ""];
    }
    case "list": {
      const items = (texts[0] ?? "")
        .split(",")
        .map((t) => scalarOf(t, field))
        .filter((v): v is Scalar => v !== undefined);
      return items.length === 0 ? undefined : items;
    }
  }
}

/** The text(s) an input shows for a comparison's value. */
export function textsOf(value: Compare["value"], op: CompareOp): string[] {
  const shape = valueShapeOf(op);
  if (value === undefined || shape === "none") return shape === "two" ? ["", ""] : [""];
  if (Array.isArray(value)) return shape === "two" ? [String(value[0] ?? ""), String(value[1] ?? "")] : [value.map(String).join(", ")];
  return shape === "two" ? [String(value), ""] : [String(value)];
}

/** Keeps what still fits when the operator changes: a value for a value, nothing for "is blank". */
export function withOperator(compare: Compare, op: CompareOp): Compare {
  const texts = textsOf(compare.value, compare.op);
  const value = valueShapeOf(op) === valueShapeOf(compare.op) ? compare.value : valueOf(texts, op, compare.field);
  return value === undefined ? { kind: "compare", field: compare.field, op } : { kind: "compare", field: compare.field, op, value };
}
