import type { Condition, When } from "../config/schema";
import { parseExpression, formatCondition, conditionFieldsOf } from "../expression";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import { accessorFor, type EvalContext } from "./accessors";
import { formatFieldValue } from "./format";

/** A rule's test as a condition tree, parsing the expression form. */
export function resolveWhen(when: When, where: string): Result<Condition, EngineIssue> {
  if (typeof when !== "string") return ok(when);
  const parsed = parseExpression(when);
  if (parsed.ok) return parsed;
  return fail({ kind: "badExpression", where, text: when, position: parsed.error.position, detail: parsed.error.detail });
}

/** The expression text of a rule's test, as the user wrote it when they wrote text. */
export function whenText(when: When, condition: Condition): string {
  return typeof when === "string" ? when.trim() : formatCondition(condition);
}

/**
 * Explains which values a condition looked at for a row: "DaysPastDue 124, Balance 12,300".
 * At most four fields, so a Reason stays one line; yes/no fields are not repeated.
 */
export function factsFor(condition: Condition, ctx: EvalContext): (row: number) => string {
  const fields = [...new Set(conditionFieldsOf(condition))].slice(0, 4);
  // Yes/no fields are left out: the condition text already says "Disputed".
  const readers = fields.flatMap((f) => {
    const a = accessorFor(f, ctx, false);
    return a && a.type !== "flag" ? [{ f, a }] : [];
  });
  return (row) => {
    let text = "";
    for (let k = 0; k < readers.length; k++) text += (k > 0 ? ", " : "") + readers[k].f + " " + formatFieldValue(readers[k].a, row);
    return text;
  };
}
