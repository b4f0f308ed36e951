/**
 * Finds the ribbon action ids the code registers: `Office.actions.associate("<id>", handler)`
 * in the command sources, with comments removed so a commented-out call does not count.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ASSOCIATE = /Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(["'`])([^"'`\r\n]+)\1/g;
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

/**
 * Removes // and /* *\/ comments while leaving string literals intact.
 * @example stripComments('a("x") // b') //=> 'a("x") '
 */
function stripComments(source) {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === "\\" ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The action ids associated in one source text. */
function associatedIn(source) {
  return Array.from(stripComments(source).matchAll(ASSOCIATE), (m) => m[2]);
}

/**
 * The action ids associated in the files of `dir` (not recursive: src/commands holds the handlers).
 * @returns {{ names: Set<string>, files: string[] }}
 */
function associatedNames(dir) {
  const names = new Set();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => SOURCE.test(f) && !f.endsWith(".d.ts")) : [];
  for (const file of files) {
    for (const name of associatedIn(fs.readFileSync(path.join(dir, file), "utf8"))) names.add(name);
  }
  return { names, files };
}

module.exports = { associatedNames, associatedIn, stripComments };
