import type { Condition } from "../config/schema";
import { assertNever } from "../result";

function collect(condition: Condition, into: Set<string>): void {
  switch (condition.kind) {
    case "compare":
      into.add(condition.field);
      return;
    case "all":
    case "any":
      for (const inner of condition.conditions) collect(inner, into);
      return;
    case "not":
      collect(condition.condition, into);
      return;
    case "always":
      return;
    default:
      assertNever(condition);
  }
}

/**
 * Every field a condition names, once each, in order of first appearance and
 * spelled as written (not resolved to built-in names).
 *
 * @example
 * conditionFieldsOf(parseExpression("Balance > 5 or (Disputed and Balance < 9)").value)
 * //=> ["Balance", "Disputed"]
 */
export function conditionFieldsOf(condition: Condition): string[] {
  const fields = new Set<string>();
  collect(condition, fields);
  return [...fields];
}
