/**
 * A thin layer over @xmldom/xmldom (a dependency of office-addin-manifest-converter): parse
 * with every parser complaint collected, and walk elements by local name, ignoring prefixes.
 */
"use strict";

const { DOMParser } = require("@xmldom/xmldom");

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const ELEMENT_NODE = 1;

/**
 * Parses XML text. xmldom recovers from most errors, so every warning it reports is a problem:
 * a manifest Office accepts parses without any.
 * @example parseXml("<a/>").problems //=> []
 */
function parseXml(text) {
  const problems = [];
  const report = (level) => (message) =>
    problems.push(
      `${level}: ${String(message)
        .split("\n")[0]
        .replace(/^\[xmldom \w+\]\s*/, "")}`,
    );
  let doc = null;
  try {
    doc = new DOMParser({
      errorHandler: { warning: report("warning"), error: report("error"), fatalError: report("fatal") },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    problems.push(`fatal: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!doc || !doc.documentElement) {
    if (problems.length === 0) problems.push("fatal: no root element");
    return { doc: null, problems };
  }
  return { doc, problems };
}

/** The element children of a node, in document order. */
function elementChildren(node) {
  const out = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) out.push(child);
  }
  return out;
}

/** The first element child with this local name, or undefined. */
function child(node, localName) {
  return node ? elementChildren(node).find((el) => el.localName === localName) : undefined;
}

/** Follows a path of local names through first matching children. */
function childPath(node, ...names) {
  return names.reduce((current, name) => (current ? child(current, name) : undefined), node);
}

/** Every descendant element with this local name, in document order. */
function descendants(node, localName) {
  if (!node) return [];
  return Array.from(node.getElementsByTagNameNS("*", localName));
}

/** Every descendant element (document order) that carries the attribute. */
function withAttribute(node, attribute) {
  return descendants(node, "*").filter((el) => el.hasAttribute(attribute));
}

/** The xsi:type of an element without any prefix ("ov:Workbook" → "Workbook"), or "". */
function xsiType(el) {
  const value = el.getAttributeNS(XSI, "type") || el.getAttribute("xsi:type") || "";
  return value.replace(/^.*:/, "");
}

/** The trimmed text content of an element, or "" when absent. */
function text(el) {
  return el ? String(el.textContent || "").trim() : "";
}

module.exports = { parseXml, elementChildren, child, childPath, descendants, withAttribute, xsiType, text };
