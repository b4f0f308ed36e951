#!/usr/bin/env node
/**
 * Offline validation of manifest.xml (`npm run validate`).
 *
 * `office-addin-manifest validate` posts the manifest to a web service, so it can't run here or in
 * CI. This script instead (1) makes the structural checks no schema makes: resids, <Runtimes>
 * first, one runtime resid, ExecuteFunction names associated in the code, namespace, URLs, icons;
 * and (2) converts the manifest to the JSON manifest and validates that against the schema
 * shipped in @microsoft/app-manifest.
 *
 * Usage: node scripts/validate-manifest.js [--manifest manifest.xml] [--src src] [--dist dist]
 *   --dist checks the URLs and icons against a finished build instead of the sources.
 * Exit code 0 when every check passes, 1 otherwise.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { parseXml } = require("./validate/xml");
const { readManifestModel } = require("./validate/model");
const checks = require("./validate/checks");
const urls = require("./validate/urls");
const { convertAndValidate, DEFAULT_SCHEMA_VERSION } = require("./validate/jsonManifest");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_NAMESPACE = "ARSEG";

/** Every check, in the order it is printed: id → title. */
const CHECKS = {
  wellFormed: "manifest is well-formed XML",
  residsDefined: "every resid is defined in Resources",
  runtimesFirst: "<Runtimes> is the first child of the Workbook host",
  runtimeResid: "one runtime resid for Runtime, custom functions Page, FunctionFile and ShowTaskpane",
  noTaskpaneId: "ShowTaskpane actions have no TaskpaneId (shared runtime)",
  requirements: "requirements declare every set the code uses (SharedRuntime, CustomFunctionsRuntime, ExcelApi)",
  commandsAssociated: "every ExecuteFunction name is associated in src/commands",
  uniqueIds: "tab, group and control ids are unique",
  namespace: "custom functions namespace",
  oneOrigin: "all URLs share one https origin",
  buildUrls: "URLs point at files the build produces",
  iconSizes: "icons exist at the sizes the manifest declares",
  jsonConversion: "converts to the JSON manifest (office-addin-manifest-converter)",
  jsonSchema: "JSON manifest validates against the local @microsoft/app-manifest schema",
};

const STRUCTURAL = {
  residsDefined: checks.residsDefined,
  runtimesFirst: checks.runtimesFirst,
  runtimeResid: checks.runtimeResid,
  noTaskpaneId: checks.noTaskpaneId,
  requirements: checks.requirements,
  commandsAssociated: checks.commandsAssociated,
  uniqueIds: checks.uniqueIds,
  namespace: checks.namespace,
  oneOrigin: urls.oneOrigin,
  buildUrls: urls.buildUrls,
  iconSizes: urls.iconSizes,
};

function readOrNull(file) {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
  } catch {
    return null;
  }
}

/**
 * What the build produces, either read from a finished build (distDir) or predicted from the
 * sources: webpack.config.js's OUTPUT_FILES plus assets/*.png, which the build copies as they are.
 */
function buildFiles(rootDir, distDir) {
  if (distDir) {
    return {
      describe: `files in ${path.relative(process.cwd(), distDir) || distDir}`,
      exists: (rel) => readOrNull(path.join(distDir, rel)) !== null,
      read: (rel) => readOrNull(path.join(distDir, rel)),
    };
  }
  const outputs = new Set(require(path.join(rootDir, "webpack.config.js")).OUTPUT_FILES);
  const copiedAsset = (rel) => (/^assets\/[^/]+\.png$/.test(rel) ? path.join(rootDir, rel) : undefined);
  return {
    describe: "webpack.config.js outputs and assets/*.png",
    exists: (rel) => outputs.has(rel) || (copiedAsset(rel) !== undefined && readOrNull(copiedAsset(rel)) !== null),
    read: (rel) => (copiedAsset(rel) ? readOrNull(copiedAsset(rel)) : null),
  };
}

function runCheck(fn, model, ctx) {
  try {
    return fn(model, ctx);
  } catch (error) {
    // A manifest shaped too differently for a check (a missing section) is a failed check, not a crash.
    return { ok: false, detail: `could not check: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Validates an add-in manifest offline.
 * @param {object} options
 * @param {string} options.manifestPath the XML manifest
 * @param {string} options.srcDir the sources; `<srcDir>/commands/*.ts` must associate every ExecuteFunction name
 * @param {string} [options.distDir] a finished build to check URLs and icons against (default: predicted from the sources)
 * @param {string} [options.rootDir] the project root holding webpack.config.js and assets/ (default: this repository)
 * @param {string} [options.namespace] the expected custom functions namespace (default "ARSEG")
 * @param {string} [options.schemaVersion] the JSON manifest schema version (default 1.23)
 * @returns {Promise<{ ok: boolean, checks: { id: string, name: string, ok: boolean, detail: string }[] }>}
 * @example (await validateManifest({ manifestPath: "manifest.xml", srcDir: "src" })).ok //=> true
 */
async function validateManifest(options) {
  const manifestPath = path.resolve(options.manifestPath);
  const rootDir = path.resolve(options.rootDir || ROOT);
  const ctx = {
    srcDir: path.resolve(options.srcDir),
    namespace: options.namespace || DEFAULT_NAMESPACE,
    files: buildFiles(rootDir, options.distDir && path.resolve(options.distDir)),
  };
  const results = {};
  const { doc, problems } = parseXml(fs.readFileSync(manifestPath, "utf8"));
  results.wellFormed =
    doc && problems.length === 0 ? { ok: true, detail: path.basename(manifestPath) } : { ok: false, detail: problems.join("; ") };

  if (results.wellFormed.ok) {
    const model = readManifestModel(doc);
    for (const [id, fn] of Object.entries(STRUCTURAL)) results[id] = runCheck(fn, model, ctx);
    const json = await convertAndValidate(manifestPath, options.schemaVersion || DEFAULT_SCHEMA_VERSION);
    results.jsonConversion = json.conversion;
    results.jsonSchema = json.schema;
  }
  const list = Object.entries(CHECKS).map(([id, name]) => ({
    id,
    name: id === "namespace" ? `${name} is ${ctx.namespace}` : name,
    ...(results[id] || { ok: false, detail: "not run: the manifest did not parse" }),
  }));
  return { ok: list.every((c) => c.ok), checks: list };
}

function parseArgs(argv) {
  const options = { manifestPath: path.join(ROOT, "manifest.xml"), srcDir: path.join(ROOT, "src") };
  const names = { "--manifest": "manifestPath", "--src": "srcDir", "--dist": "distDir", "--namespace": "namespace" };
  for (let i = 0; i < argv.length; i++) {
    const key = names[argv[i]];
    if (!key || argv[i + 1] === undefined) throw new Error(`Unknown or incomplete option: ${argv[i]}`);
    options[key] = argv[++i];
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const result = await validateManifest(options);
  for (const check of result.checks) {
    console.log(`${check.ok ? "✓" : "✗"} ${check.name}${check.detail ? ` — ${check.detail}` : ""}`);
  }
  const failed = result.checks.filter((c) => !c.ok);
  if (failed.length) {
    console.error(`\n${failed.length} check(s) failed:\n${failed.map((c) => `  ✗ ${c.name}`).join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nAll ${result.checks.length} checks passed: ${path.relative(process.cwd(), options.manifestPath) || options.manifestPath}`,
    );
  }
}

module.exports = { validateManifest, CHECKS };

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
