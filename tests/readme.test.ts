import * as fs from "fs";
import * as path from "path";
import { PRESET_NAMES, presetConfig } from "../src/engine";
import { usageText } from "../src/cli/usage";
import { backtestUsage } from "../src/cli/backtestCommand";
import { compareUsage } from "../src/cli/compareCommand";
import { sqlUsageText } from "../src/cli/sqlArgs";

const ROOT = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>);

describe("the README", () => {
  it("gives the two set-up commands, and .ci/run runs the same test command", () => {
    expect(readme).toContain("npm install && npx arseg assets/sample-ledger.xlsx");
    expect(readme).toMatch(/\nnpm test\n/);
    expect(fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8")).toMatch(/^npm test$/m);
  });

  it.each(PRESET_NAMES)("documents every rule and threshold of the %s preset", (name) => {
    const config = presetConfig(name);
    if (!config.ok) throw new Error(name);
    const model = config.value.model;
    expect(readme).toContain(`\`${name}\``);
    if (model.kind === "rules") {
      for (const rule of model.rules) expect(readme).toContain(`\`${String(rule.when)}\` | ${rule.segment} | ${rule.priority ?? "—"} |`);
      expect(readme).toContain(`| otherwise | ${model.otherwise.segment} |`);
    } else if (model.kind === "matrix") {
      expect(readme).toContain(`\`${model.risk.field}\` cut at ${model.risk.cuts.join(" and ")}`);
      expect(readme).toContain(`\`${model.value.field}\` cut at ${model.value.cuts.join(" and ")}`);
      for (const cell of model.cells.flat()) expect(readme).toContain(`${cell.segment} (P${cell.priority})`);
    }
  });

  it("documents every command-line option", () => {
    const options = [...new Set(usageText().match(/--[a-z-]+/g) ?? [])];
    expect(options.length).toBeGreaterThan(8);
    for (const option of options) expect(readme).toContain(`\`${option}`);
  });

  it.each([
    ["backtest", backtestUsage],
    ["compare", compareUsage],
    ["sql", sqlUsageText],
  ])("documents every option of arseg %s", (_name, usage) => {
    const options = [...new Set(usage().match(/--[a-z-]+/g) ?? [])];
    expect(options.length).toBeGreaterThan(8);
    for (const option of options) expect(readme).toContain(`\`${option}`);
  });

  it.each(scripts)("documents the npm script %s", (script) => {
    expect(readme).toMatch(new RegExp(`(npm run ${script}\\b|npm ${script}\\b|\\b${script}\\b)`));
  });

  it("names, in 'What the add-in relies on in Excel', tests that exist", () => {
    const start = readme.indexOf("### What the add-in relies on in Excel");
    const section = readme.slice(start, readme.indexOf("\n## ", start));
    const rows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| What") && !line.startsWith("|---"));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) {
      const cited = [...row.matchAll(/`(tests\/[^`]+\.test\.tsx?)` › "([^"]+)"((?:; › "[^"]+")*)/g)];
      expect(cited.length).toBeGreaterThan(0);
      for (const [, file, title, more] of cited) {
        const text = fs.readFileSync(path.join(ROOT, file), "utf8");
        for (const name of [title, ...[...more.matchAll(/› "([^"]+)"/g)].map((m) => m[1])]) expect(text).toContain(name);
      }
    }
  });
});
