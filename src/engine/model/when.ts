import type { Condition, When } from "../config/schema";
import { parseExpression, formatCondition, conditionFieldsOf } from "../expression";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import { accessorFor, type EvalContext } from "./accessors";
import type { RunTexts } from "../messages/types";
import { conditionInWords, fieldInWords } from "./conditionWords";
import { formatFieldValue } from "./format";

/** A rule's test as a condition tree, parsing the expression form. */
export function resolveWhen(when: When, where: string): Result<Condition, EngineIssue> {
  if (typeof when !== "string") return ok(when);
  const parsed = parseExpression(when);
  if (parsed.ok) return parsed;
  return fail({ kind: "badExpression", where, text: when, position: parsed.error.position, detail: parsed.error.detail });
}

/**
 * The text of a rule's test in a Reason: in English as the user wrote it (or
 * the canonical expression of a condition tree); in Spanish and Portuguese in
 * that language's words.
 */
export function whenText(when: When, condition: Condition, texts: RunTexts): string {
  if (texts.language !== "en") return conditionInWords(condition, texts);
  return typeof when === "string" ? when.trim() : formatCondition(condition);
}

/**
 * Explains which values a condition looked at for a row: "DaysPastDue 124, Balance 12,300"
 * ("días de atraso 124, saldo 12.300" in Spanish).
 * At most four fields, so a Reason stays one line; yes/no fields are not repeated.
 */
export function factsFor(condition: Condition, ctx: EvalContext): (row: number) => string {
  const fields = [...new Set(conditionFieldsOf(condition))].slice(0, 4);
  // Yes/no fields are left out: the condition text already says "Disputed".
  const readers = fields.flatMap((f) => {
    const a = accessorFor(f, ctx, false);
    return a && a.type !== "flag" ? [{ f, a }] : [];
  });
  const t = ctx.texts;
  const names = readers.map(({ f }) => (t.language === "en" ? f : fieldInWords(f, t)));
  return (row) => {
    let text = "";
    for (let k = 0; k < readers.length; k++) text += (k > 0 ? ", " : "") + names[k] + " " + formatFieldValue(readers[k].a, row, t);
    return text;
  };
}
