import { describeIssue } from "../../src/engine";
import { compileSql, dialectOf, type SqlTable } from "../../src/sql";
import { config, preset } from "../support/engineFixtures";

const table = (...names: string[]): SqlTable => ({ source: { kind: "table", name: ["ar"] }, columns: names.map((name) => ({ name })) });
const STRATEGY = { channel: "Phone", action: "Call", tone: "Firm" } as const;

describe("quoting", () => {
  it("doubles quotes in identifiers and literals in both dialects", () => {
    for (const d of [dialectOf("duckdb"), dialectOf("postgres")]) {
      expect(d.ident('a "b"; --')).toBe('"a ""b""; --"');
      expect(d.text("it's; --")).toBe("'it''s; --'");
    }
  });

  it("writes a PostgreSQL literal with a backslash as an escape string, which reads the same whatever standard_conforming_strings says", () => {
    expect(dialectOf("postgres").text("a\\'b")).toBe("E'a\\\\''b'");
    expect(dialectOf("duckdb").text("a\\'b")).toBe("'a\\''b'");
  });
});

describe("compileSql", () => {
  it("returns the table's columns first, then the six output columns", () => {
    const compiled = compileSql(preset("aging"), table("Customer", "Balance", "Due Date"), {
      dialect: "postgres",
      asOf: { kind: "date", iso: "2026-01-31" },
    });
    if (!compiled.ok) throw new Error(describeIssue(compiled.error));
    const select = compiled.value.sql.slice(compiled.value.sql.lastIndexOf("SELECT"));
    expect(select.match(/AS "[^"]+"|^\s+"[^"]+",?$/gm)).toEqual([
      '  "Customer",',
      '  "Balance",',
      '  "Due Date",',
      'AS "Segment"',
      'AS "Priority"',
      'AS "Strategy"',
      'AS "Score"',
      'AS "Reason"',
      'AS "Aging Bucket"',
    ]);
    expect(compiled.value.parameters).toBe(0);
  });

  it("leaves an earlier run's own output columns out, as a re-run replaces them", () => {
    const compiled = compileSql(
      preset("aging"),
      table("Customer", "Balance", "Due Date", "Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"),
      { dialect: "duckdb", asOf: { kind: "date", iso: "2026-01-31" } },
    );
    const sql = compiled.ok ? compiled.value.sql : "";
    expect(sql.slice(sql.lastIndexOf("SELECT")).match(/"Segment"/g)).toEqual(['"Segment"']);
  });

  it("refuses an aging summary report's columns", () => {
    const compiled = compileSql(preset("aging"), table("Customer", "Current", "1 - 30", "31 - 60", "61 - 90", "91 and over", "Total"), {
      dialect: "duckdb",
    });
    expect(!compiled.ok && describeIssue(compiled.error)).toMatch(/^Table "ar": its columns are an aging summary report's/);
  });

  it("refuses what the engine refuses, with the engine's message", () => {
    const bad = config({
      version: 2,
      model: {
        kind: "rules",
        rules: [{ when: "[Region] = 'North'", segment: "North", priority: 1, strategy: STRATEGY }],
        otherwise: { segment: "Other", priority: 2, strategy: STRATEGY },
      },
    });
    const compiled = compileSql(bad, table("Customer", "Balance", "Due Date"), { dialect: "duckdb" });
    expect(!compiled.ok && describeIssue(compiled.error)).toBe(
      'The configuration: "Region" is neither a built-in field nor a column of sheet "ar".',
    );
  });

  it("takes a customer-level rule on the oldest invoice's own value with a row order, and names the field without one", () => {
    const industry = config({
      version: 2,
      level: "customer",
      model: {
        kind: "rules",
        rules: [{ when: 'Industry = "Retail"', segment: "Retail", priority: 1, strategy: STRATEGY }],
        otherwise: { segment: "Other", priority: 2, strategy: STRATEGY },
      },
    });
    const columns = table("Line", "Customer", "Balance", "Due Date", "Industry");
    const refused = compileSql(industry, columns, { dialect: "duckdb" });
    expect(!refused.ok && refused.error).toMatchObject({ kind: "sqlUnsupported", feature: "rowOrder", field: "Industry" });
    expect(compileSql(industry, columns, { dialect: "duckdb", orderBy: "Line" }).ok).toBe(true);
    const missing = compileSql(industry, columns, { dialect: "duckdb", orderBy: "Row" });
    expect(!missing.ok && describeIssue(missing.error)).toBe('Table "ar": there is no column "Row" to give the row order.');
  });

  it("refuses a configuration text holding the characters that mark a Reason's values, naming the text", () => {
    const marked = config({
      version: 2,
      model: {
        kind: "rules",
        rules: [{ when: "DaysPastDue > 30", segment: "Late \ue0000\ue001", priority: 1, strategy: STRATEGY }],
        otherwise: { segment: "Other", priority: 2, strategy: STRATEGY },
      },
    });
    const compiled = compileSql(marked, table("Customer", "Balance", "Due Date"), { dialect: "postgres" });
    expect(!compiled.ok && compiled.error).toMatchObject({
      kind: "sqlUnsupported",
      feature: "markerCharacter",
      text: "Late \ue0000\ue001",
    });
    expect(!compiled.ok && describeIssue(compiled.error)).toContain("holds the private-use character U+E000 or U+E001");
  });

  it("writes in the language of the table's column names, and says which", () => {
    const compiled = compileSql(preset("aging"), table("Cliente", "Valor em aberto", "Data de vencimento"), {
      dialect: "duckdb",
      asOf: { kind: "date", iso: "2026-01-31" },
    });
    if (!compiled.ok) throw new Error(describeIssue(compiled.error));
    expect(compiled.value.language).toBe("pt");
    expect(compiled.value.buckets).toEqual(["A vencer", "1-30", "31-60", "61-90", "90+", "Paga"]);
    expect(compiled.value.config.name).toBe("Faixas de atraso");
  });
});
