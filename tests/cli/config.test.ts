import ExcelJS from "exceljs";
import { run, smallCsv, useTempDir, writeLedgerXlsx, writeText } from "./support";

const { at } = useTempDir();

/** A setting saved the way the product saves it: a very hidden "_arseg_settings" sheet, the key in A, its JSON in B, C … (32,000 characters a cell). */
function saveSettingTo(workbook: ExcelJS.Workbook, key: string, value: unknown): void {
  const sheet = workbook.addWorksheet("_arseg_settings", { state: "veryHidden" });
  const json = JSON.stringify(value);
  sheet.getCell(1, 1).value = key;
  for (let i = 0; i * 32000 < json.length; i++) sheet.getCell(1, i + 2).value = json.slice(i * 32000, (i + 1) * 32000);
}

const LEDGER = smallCsv([
  ["Acme", "A-1", "200", "2025-06-01"],
  ["Beta", "A-2", "100", "2025-07-20"],
]);

const strategy = '{ "channel": "Phone", "action": "Call", "tone": "Firm" }';

async function refusal(config: string): Promise<string> {
  const input = await writeText(at("in.csv"), LEDGER);
  const file = await writeText(at("rules.json"), config);
  const { code, stdout, stderr } = await run(input, "--config", file, "--out", at("out.csv"));
  expect(code).toBe(2);
  expect(stdout).toBe("");
  return stderr;
}

describe("a configuration refused before any row is read", () => {
  it("has two segments that differ only in case or end spaces: the line, the field and both names", async () => {
    const stderr = await refusal(
      [
        "{",
        '  "version": 2,',
        '  "model": { "kind": "rules", "rules": [',
        `    { "segment": "Late", "priority": 1, "when": "DaysPastDue > 30", "strategy": ${strategy} },`,
        `    { "segment": "LATE", "priority": 1, "when": "DaysPastDue > 60", "strategy": ${strategy} }`,
        "  ],",
        `  "otherwise": { "segment": "Late ", "priority": 1, "strategy": ${strategy} } }`,
        "}",
      ].join("\n"),
    );
    expect(stderr).toBe(
      `arseg: Configuration "${at("rules.json")}" is not valid:\n` +
        '  - line 5:18, model.rules[1].segment: segment "LATE" differs from "Late" (model.rules[0]) only in capitals or spaces at its ends; the summary counts text without regard to case, so use one spelling for one segment\n' +
        '  - line 7:29, model.otherwise.segment: segment "Late " differs from "Late" (model.rules[0]) only in capitals or spaces at its ends; the summary counts text without regard to case, so use one spelling for one segment\n',
    );
  });

  it("nests JSON 2,600 levels deep: the rule named, no stack overflow", async () => {
    const stderr = await refusal(`${"[".repeat(2600)}${"]".repeat(2600)}`);
    expect(stderr).toBe(
      `arseg: Configuration "${at("rules.json")}" is not valid:\n  - line 1:101, (top level): nests deeper than 100 levels of { } and [ ]; a configuration never needs that many\n`,
    );
  });

  it("has an expression of 1,900 nested parentheses: the rule named, no stack overflow", async () => {
    const when = `${"(".repeat(1900)}Balance > 1${")".repeat(1900)}`;
    const config = `{ "version": 2, "model": { "kind": "rules", "rules": [ { "segment": "Late", "priority": 1, "when": "${when}", "strategy": ${strategy} } ], "otherwise": { "segment": "Other", "priority": 2, "strategy": ${strategy} } } }`;
    expect(await refusal(config)).toMatch(/model\.rules\[0\]\.when: parentheses and "not" nest deeper than 32 levels here/);
  });
});

describe("a configuration with thousands of problems", () => {
  it("lists the first 50 with their lines and counts the rest", async () => {
    const rule = (i: number) => `{ "segment": "S${i}", "priority": 1, "when": "Balance >", "strategy": ${strategy} }`;
    const rules = Array.from({ length: 2_000 }, (_, i) => rule(i)).join(",\n");
    const stderr = await refusal(
      `{ "version": 2, "model": { "kind": "rules", "rules": [\n${rules}\n], "otherwise": { "segment": "Other", "priority": 2, "strategy": ${strategy} } } }`,
    );
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[1]).toBe('  - line 2:53, model.rules[0].when: expected a value after ">" at character 10 of "Balance >"');
    expect(lines[50]).toBe('  - line 51:54, model.rules[49].when: expected a value after ">" at character 10 of "Balance >"');
    expect(lines[51]).toBe("  … and 1,950 more (2,000 problems in all).");
  });
});

describe("a workbook's saved configuration nested too deep", () => {
  it("is refused with the rule named, not an internal error", async () => {
    let when: unknown = { kind: "always" };
    for (let i = 0; i < 3000; i++) when = { kind: "not", condition: when };
    const other = { segment: "Other", priority: 2, strategy: JSON.parse(strategy) };
    const saved = { version: 2, model: { kind: "rules", rules: [{ ...other, segment: "Late", priority: 1, when }], otherwise: other } };
    const input = await writeLedgerXlsx(at("in.xlsx"), 10, (wb: ExcelJS.Workbook) => saveSettingTo(wb, "arseg.config", saved));
    const { code, stderr } = await run(input, "--out", at("out.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toBe(
      "arseg: Configuration saved in this workbook is not valid:\n  - model.rules[0].when: nests deeper than 100 levels of { } and [ ]; a configuration never needs that many\n",
    );
  });
});
