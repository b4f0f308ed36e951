/**
 * The requirement sets the code really uses, found in the sources: each API below raises the
 * set it belongs to (Microsoft's reference pages give the set of each member). The manifest
 * must declare at least these, or Excel installs the add-in where it cannot run.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { stripComments } = require("./commandsScan");

/** Always needed: one runtime for pane, ribbon and functions, and custom functions at all. */
const BASE = [
  { set: "SharedRuntime", version: "1.1", api: "a shared runtime for the task pane, the ribbon and the functions" },
  { set: "CustomFunctionsRuntime", version: "1.1", api: "custom functions" },
];

/** APIs whose use raises a set above its base, with the folder of src/ they are looked for in. */
const USES = [
  {
    set: "CustomFunctionsRuntime",
    version: "1.2",
    api: "CustomFunctions.Error",
    dir: "functions",
    pattern: /\bCustomFunctions\s*\.\s*Error\b/,
  },
  {
    set: "CustomFunctionsRuntime",
    version: "1.3",
    api: "Invocation.parameterAddresses",
    dir: "functions",
    pattern: /\.\s*parameterAddresses\b/,
  },
  { set: "ExcelApi", version: "1.7", api: "Worksheet.getRangeByIndexes", dir: "excel", pattern: /\.\s*getRangeByIndexes\s*\(/ },
];

const SOURCE = /\.(ts|tsx|js)$/;

function sourcesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** "1.10" > "1.9": versions compare part by part, as numbers. */
function compareVersions(a, b) {
  const pa = String(a).split(".").map(Number);
  const pb = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The lowest version of each set the sources in `srcDir` need, with the API that needs it.
 * @returns {Map<string, { version: string, api: string }>}
 * @example neededSets("src").get("ExcelApi") //=> { version: "1.7", api: "Worksheet.getRangeByIndexes" }
 */
function neededSets(srcDir) {
  const needed = new Map();
  const raise = (use) => {
    const now = needed.get(use.set);
    if (!now || compareVersions(use.version, now.version) > 0) needed.set(use.set, { version: use.version, api: use.api });
  };
  BASE.forEach(raise);
  const texts = new Map();
  const textsOf = (dir) => {
    if (!texts.has(dir))
      texts.set(
        dir,
        sourcesUnder(path.join(srcDir, dir)).map((f) => stripComments(fs.readFileSync(f, "utf8"))),
      );
    return texts.get(dir);
  };
  for (const use of USES) if (textsOf(use.dir).some((text) => use.pattern.test(text))) raise(use);
  return needed;
}

module.exports = { neededSets, compareVersions };
