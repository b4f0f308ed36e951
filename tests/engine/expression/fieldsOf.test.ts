import { conditionFieldsOf, describeExpressionError, parseExpression } from "../../../src/engine/expression";

function fieldsOf(text: string): string[] {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(describeExpressionError(result.error));
  return conditionFieldsOf(result.value);
}

describe("conditionFieldsOf", () => {
  test("lists every field once, in order of first appearance", () => {
    expect(fieldsOf("Balance > 5 or (Disputed and Balance < 9) or not [Días de atraso] is blank")).toEqual([
      "Balance",
      "Disputed",
      "Días de atraso",
    ]);
  });

  test("finds no fields in always", () => {
    expect(conditionFieldsOf({ kind: "always" })).toEqual([]);
  });
});
