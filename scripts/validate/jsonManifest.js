/**
 * The offline stand-in for `office-addin-manifest validate` (which posts to a web service):
 * convert the XML manifest to the JSON (unified) manifest with office-addin-manifest-converter,
 * then validate that JSON against the schema shipped in @microsoft/app-manifest.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

/**
 * The JSON schema version the converted manifest is validated against. The converter labels its
 * output 1.17 but turns <GetStarted> into `extensions[].getStartedMessages`, which the schema
 * accepts from 1.23 on; so the conversion targets 1.23, the lowest version that describes all
 * the converter writes.
 */
const DEFAULT_SCHEMA_VERSION = "1.23";

function schemaPath(version) {
  const root = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  return path.join(root, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
}

/** Loads a Teams/M365 schema from disk, with the same `\a` fix @microsoft/app-manifest applies to fetched schemas. */
function loadSchema(version) {
  const text = fs.readFileSync(schemaPath(version), "utf8");
  // The schema holds a regex with "\a" (bell), which JSON.parse rejects as an escape.
  return JSON.parse(text.replace(/\\a/g, "\\x07"));
}

/**
 * Validates a JSON manifest against a schema the way @microsoft/app-manifest's
 * AppManifestUtils.validateAgainstSchema does (same ajv flavours, options and formats). It is
 * re-done here with the package's own ajv dependencies because the package's entry point pulls in
 * an ES-only module (strip-bom) that jest's CommonJS loader cannot require.
 * @returns {string[]} the errors; empty when valid
 */
function schemaErrors(manifest, schema) {
  const Ajv = schema.$schema && schema.$schema.includes("2020-12") ? require("ajv/dist/2020").default : require("ajv-draft-04").default;
  const addFormats = require("ajv-formats").default;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(JSON.parse(JSON.stringify(manifest)))) return [];
  return (validate.errors || []).map((e) =>
    `${e.instancePath || "/"} ${e.message || ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim(),
  );
}

/**
 * Converts the XML manifest in a temp folder and validates the result.
 * @returns {Promise<{ conversion: {ok, detail}, schema: {ok, detail} }>}
 */
async function convertAndValidate(manifestPath, schemaVersion = DEFAULT_SCHEMA_VERSION) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-manifest-"));
  try {
    let json;
    try {
      const { convert } = require("office-addin-manifest-converter");
      const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${schemaVersion}/MicrosoftTeams.schema.json`;
      await convert(manifestPath, outDir, false, schemaUrl, schemaVersion, false);
      json = JSON.parse(fs.readFileSync(path.join(outDir, "manifest.json"), "utf8"));
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
      return {
        conversion: { ok: false, detail: `conversion failed: ${message}` },
        schema: { ok: false, detail: "not run: no JSON manifest" },
      };
    }
    const conversion = { ok: true, detail: `manifestVersion ${json.manifestVersion}` };
    if (!fs.existsSync(schemaPath(json.manifestVersion))) {
      return {
        conversion,
        schema: { ok: false, detail: `no local schema for manifestVersion ${json.manifestVersion}` },
      };
    }
    const errors = schemaErrors(json, loadSchema(json.manifestVersion));
    return {
      conversion,
      schema: errors.length
        ? { ok: false, detail: errors.join("; ") }
        : { ok: true, detail: `valid against teams/v${json.manifestVersion}/MicrosoftTeams.schema.json` },
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

module.exports = { convertAndValidate, schemaErrors, loadSchema, schemaPath, DEFAULT_SCHEMA_VERSION };
