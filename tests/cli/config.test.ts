import { run, smallCsv, useTempDir, writeText } from "./support";

const { at } = useTempDir();

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
});
