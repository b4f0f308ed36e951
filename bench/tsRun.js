"use strict";
/**
 * Runs a TypeScript benchmark file (another helper's bench/*.bench.ts) without
 * ts-node, which is not installed: a require hook that strips types with
 * TypeScript's own transpileModule (no type check), module by module.
 *
 *   node bench/tsRun.js bench/office-adapter.bench.ts [args…]
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
  });
  module._compile(outputText, filename);
};

const [file, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(file), ...args];
require(path.resolve(file));
