import type { Condition } from "../../../src/engine/config/schema";
import { describeExpressionError, parseExpression } from "../../../src/engine/expression";
import { MAX_EXPRESSION_DEPTH } from "../../../src/engine/expression/parse";

const cmp = (field: string, op: string, value?: unknown): Condition =>
  (value === undefined ? { kind: "compare", field, op } : { kind: "compare", field, op, value }) as Condition;
const all = (...conditions: Condition[]): Condition => ({ kind: "all", conditions });
const any = (...conditions: Condition[]): Condition => ({ kind: "any", conditions });
const not = (condition: Condition): Condition => ({ kind: "not", condition });

function parsed(text: string): Condition {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${describeExpressionError(result.error)} at ${result.error.position}`);
  return result.value;
}

describe("parseExpression operators", () => {
  test.each<[string, Condition]>([
    ["Balance = 5", cmp("Balance", "=", 5)],
    ["Balance == 5", cmp("Balance", "=", 5)],
    ["Balance != 5", cmp("Balance", "!=", 5)],
    ["Balance <> 5", cmp("Balance", "!=", 5)],
    ["Balance > 5", cmp("Balance", ">", 5)],
    ["Balance >= 5", cmp("Balance", ">=", 5)],
    ["Balance < 5", cmp("Balance", "<", 5)],
    ["Balance <= 5", cmp("Balance", "<=", 5)],
    ["Balance ≥ 5", cmp("Balance", ">=", 5)],
    ["Balance between 1000 and 5000", cmp("Balance", "between", [1000, 5000])],
    ['AgingBucket in ("61-90", "90+")', cmp("AgingBucket", "in", ["61-90", "90+"])],
    ['Industry not in ("Government", "Utilities")', cmp("Industry", "notIn", ["Government", "Utilities"])],
    ['Customer contains "S.A."', cmp("Customer", "contains", "S.A.")],
    ['Customer starts with "ACME"', cmp("Customer", "startsWith", "ACME")],
    ["PromiseDate is blank", cmp("PromiseDate", "isBlank")],
    ["PromiseDate is empty", cmp("PromiseDate", "isBlank")],
    ["Phone is not blank", cmp("Phone", "isNotBlank")],
    ["Disputed", cmp("Disputed", "isTrue")],
    ["Disputed is true", cmp("Disputed", "isTrue")],
    ["Disputed is false", cmp("Disputed", "isFalse")],
    ["not Disputed", not(cmp("Disputed", "isTrue"))],
    ["always", { kind: "always" }],
    ['Customer not contains "Ltd"', not(cmp("Customer", "contains", "Ltd"))],
    ['Customer not starts with "X"', not(cmp("Customer", "startsWith", "X"))],
    ["Balance not between 1 and 2", not(cmp("Balance", "between", [1, 2]))],
    ["Disputed is not true", not(cmp("Disputed", "isTrue"))],
  ])("reads %s", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe("parseExpression values", () => {
  test.each<[string, unknown]>([
    ["10000", 10000],
    ["10000.50", 10000.5],
    ["-5", -5],
    ["10k", 10000],
    ["2.5m", 2500000],
    ["1.1k", 1100],
    ["3M", 3000000],
    ["50%", 50],
    ["1e3", 1000],
    ['"a ""quoted"" word"', 'a "quoted" word'],
    ["'single'", "single"],
    ["“smart”", "smart"],
    ["2026-01-31", "2026-01-31"],
    ["2026-1-5", "2026-01-05"],
    ["true", true],
    ["yes", true],
    ["Sí", true],
    ["false", false],
    ["no", false],
    ["não", false],
  ])("reads the value %s", (text, value) => {
    expect(parsed(`X = ${text}`)).toEqual(cmp("X", "=", value));
  });
});

describe("parseExpression precedence and grouping", () => {
  const [a, b, c] = ["A", "B", "C"].map((f) => cmp(f, "isTrue"));

  test("and binds tighter than or", () => {
    expect(parsed("A or B and C")).toEqual(any(a, all(b, c)));
    expect(parsed("A and B or C")).toEqual(any(all(a, b), c));
  });

  test("not binds tighter than and", () => {
    expect(parsed("not A and B")).toEqual(all(not(a), b));
    expect(parsed("not not A")).toEqual(not(not(a)));
  });

  test("parentheses override precedence", () => {
    expect(parsed("(A or B) and C")).toEqual(all(any(a, b), c));
    expect(parsed("not (A or B)")).toEqual(not(any(a, b)));
  });

  test("flattens chains of the same connective", () => {
    expect(parsed("A and B and C")).toEqual(all(a, b, c));
    expect(parsed("A and (B and C)")).toEqual(all(a, b, c));
    expect(parsed("(A or B) or (C)")).toEqual(any(a, b, c));
  });

  test("between's own and does not split the condition", () => {
    expect(parsed("Balance between 1 and 5 and Disputed")).toEqual(all(cmp("Balance", "between", [1, 5]), cmp("Disputed", "isTrue")));
  });

  test("reads the accountant examples", () => {
    expect(parsed('not Disputed and (PaymentGrade = "C" or PaymentGrade = "D")')).toEqual(
      all(not(cmp("Disputed", "isTrue")), any(cmp("PaymentGrade", "=", "C"), cmp("PaymentGrade", "=", "D"))),
    );
    expect(parsed("DueDate < 2026-01-31 and [Days Past Due] >= 31")).toEqual(
      all(cmp("DueDate", "<", "2026-01-31"), cmp("Days Past Due", ">=", 31)),
    );
  });
});

describe("parseExpression keywords and fields", () => {
  test("keywords are case-insensitive and fields keep their spelling", () => {
    expect(parsed("BALANCE > 5 AND NOT disputed OR x IS NOT BLANK")).toEqual(
      any(all(cmp("BALANCE", ">", 5), not(cmp("disputed", "isTrue"))), cmp("x", "isNotBlank")),
    );
  });

  test("reads Spanish keywords", () => {
    expect(parsed('Saldo > 5 y no Disputa o Cliente contiene "SA"')).toEqual(
      any(all(cmp("Saldo", ">", 5), not(cmp("Disputa", "isTrue"))), cmp("Cliente", "contains", "SA")),
    );
    expect(parsed("Saldo entre 1 y 5")).toEqual(cmp("Saldo", "between", [1, 5]));
    expect(parsed('Cliente empieza con "A" y Telefono está vacío')).toEqual(
      all(cmp("Cliente", "startsWith", "A"), cmp("Telefono", "isBlank")),
    );
    expect(parsed('Rubro no en ("Gobierno")')).toEqual(cmp("Rubro", "notIn", ["Gobierno"]));
  });

  test("reads Portuguese keywords", () => {
    expect(parsed("Saldo > 5 e não Disputa ou Novo")).toEqual(
      any(all(cmp("Saldo", ">", 5), not(cmp("Disputa", "isTrue"))), cmp("Novo", "isTrue")),
    );
    expect(parsed('Cliente começa com "A" e Email é vazio')).toEqual(all(cmp("Cliente", "startsWith", "A"), cmp("Email", "isBlank")));
    expect(parsed("Valor entre 1 e 5")).toEqual(cmp("Valor", "between", [1, 5]));
  });

  test("reads bracketed and quoted field names with spaces and accents", () => {
    expect(parsed('[Región] = "Norte"')).toEqual(cmp("Región", "=", "Norte"));
    expect(parsed("Región = 1")).toEqual(cmp("Región", "=", 1));
    expect(parsed("[ Días de atraso ] > 30")).toEqual(cmp("Días de atraso", ">", 30));
    expect(parsed('"Days Past Due" >= 31')).toEqual(cmp("Days Past Due", ">=", 31));
    expect(parsed("[Odd]]name] is blank")).toEqual(cmp("Odd]name", "isBlank"));
    expect(parsed("[in] = 1")).toEqual(cmp("in", "=", 1));
  });
});

describe("parseExpression errors", () => {
  test.each<[string, number, string]>([
    ["Balance >", 9, 'expected a value after ">"'],
    ["", 0, "expected a condition"],
    ["   ", 3, "expected a condition"],
    ["Balance => 5", 8, 'unknown operator "=>"'],
    ["(Balance > 5", 0, "unclosed parenthesis"],
    ["Balance > 5)", 11, 'unmatched parenthesis ")"'],
    ["Balance > 5 xyz", 12, 'unexpected text "xyz"'],
    ["Balance >= 10,000", 13, "thousands separators"],
    ["Days Past Due >= 31", 0, "[Days Past Due]"],
    ["Grade = C", 8, 'text values go in double quotes: "C"'],
    ["Grade = E", 8, 'text values go in double quotes: "E"'],
    ["Balance > and", 10, 'expected a value after ">"'],
    ["Balance 5", 8, "expected an operator"],
    ["Balance > 5 and", 15, 'expected a condition after "and"'],
    ["Balance > 5 or or x", 15, 'expected a condition after "or"'],
    ["and Balance > 5", 0, '"and" is a keyword'],
    ["> 5", 0, "expected a field name"],
    ["x is maybe", 5, 'after "is"'],
    ["x in 1, 2", 5, "expected a list in parentheses"],
    ["x in ()", 6, "expected a value in the list"],
    ['x in ("a" "b")', 10, 'expected "," or ")"'],
    ['x in ("a", ', 11, 'expected a value after ","'],
    ["x between 1 5", 12, '"between" needs "and"'],
    ['x starts "A"', 9, 'expected "with"'],
    ['x = "open', 4, "unclosed quote"],
    ["[x = 1", 0, "unclosed bracket"],
    ["[ ] = 1", 0, "empty field name"],
    ["x = 10days", 4, '"10days" is not a number'],
    ["x = 2026-02-30", 4, "is not a date"],
    ["x = 1 # y", 6, 'unexpected character "#"'],
    ["not", 3, 'expected a condition after "not"'],
    ["()", 1, 'expected a condition after "("'],
  ])("rejects %p at %i", (text, position, detail) => {
    const result = parseExpression(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(describeExpressionError(result.error)).toContain(detail);
      expect(result.error.position).toBe(position);
    }
  });
});

describe("parseExpression nesting limit", () => {
  const tooDeep = `parentheses and "not" nest deeper than ${MAX_EXPRESSION_DEPTH} levels here; write the condition with fewer levels`;

  test("takes parentheses and not up to the limit", () => {
    expect(parsed(`${"(".repeat(MAX_EXPRESSION_DEPTH)}Balance > 1${")".repeat(MAX_EXPRESSION_DEPTH)}`)).toEqual(cmp("Balance", ">", 1));
    expect(parseExpression(`${"not ".repeat(MAX_EXPRESSION_DEPTH)}Disputed`).ok).toBe(true);
    expect(parseExpression(`${"(not ".repeat(MAX_EXPRESSION_DEPTH / 2)}Disputed${")".repeat(MAX_EXPRESSION_DEPTH / 2)}`).ok).toBe(true);
  });

  test.each([
    ["1,900 parentheses", `${"(".repeat(1900)}Balance > 1${")".repeat(1900)}`, MAX_EXPRESSION_DEPTH],
    ["3,700 nots", `${"not ".repeat(3700)}Disputed`, MAX_EXPRESSION_DEPTH * 4],
    ["parentheses and nots", `${"(not ".repeat(2000)}Disputed${")".repeat(2000)}`, (MAX_EXPRESSION_DEPTH / 2) * 5],
  ])("refuses %s past the limit at the first level too deep, without overflowing the stack", (_name, text, position) => {
    const result = parseExpression(text);
    expect(result).toEqual({ ok: false, error: { position, code: "tooDeep", params: { limit: MAX_EXPRESSION_DEPTH } } });
    if (!result.ok) expect(describeExpressionError(result.error)).toBe(tooDeep);
  });

  test("a long flat chain of and / or is no nesting", () => {
    expect(parseExpression(Array.from({ length: 5000 }, (_, i) => `Balance > ${i}`).join(" and ")).ok).toBe(true);
  });
});
