#!/usr/bin/env node
"use strict";
// The command line, compiled by `npm install` (the "prepare" script) into dist/node.
const path = require("path");
const entry = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
let main;
try {
  main = require(entry).main;
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("cli")) {
    process.stderr.write(
      "arseg: the command line is not compiled yet. Run `npm install` (or `npm run prepare`) in the repository first.\n",
    );
    process.exit(2);
  }
  throw error;
}
// `arseg … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
