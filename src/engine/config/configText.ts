/**
 * A configuration given as JSON text (a file, an import in the pane): parsed with
 * comments and trailing commas allowed, then validated, each problem placed at
 * its line and column in the text.
 */
import type { Node, ParseError } from "jsonc-parser";
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from "jsonc-parser";
import type { EngineIssue } from "../issues";
import type { Result } from "../result";
import { fail, ok } from "../result";
import { MAX_CONFIG_DEPTH, tooDeepInText } from "./depth";
import { configVersionOf, v1PathOf } from "./migrate";
import type { SegmentationConfig } from "./schema";
import { MESSAGES, type Located, type Path } from "./problems";
import { checkConfig, formatConfigPath, invalid } from "./validate";

/** 1-based line and column of character offsets in one text: the line starts are found once, then each offset by binary search. */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/** The node at a path, or at its nearest existing ancestor (a missing property points at its object). */
function nearestNode(root: Node, path: Path): Node {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    if (node) return node;
  }
  return root;
}

function offsetOf(text: string, root: Node, problem: Located, v1: boolean): number {
  const node = nearestNode(root, v1 ? v1PathOf(problem.path) : problem.path);
  // Point inside an expression only when the JSON string has no escapes, so character n of the value is character n of the text.
  const verbatim = node.type === "string" && text.slice(node.offset + 1, node.offset + node.length - 1) === node.value;
  return problem.at !== undefined && verbatim ? node.offset + 1 + problem.at : node.offset;
}

/**
 * Reads a configuration file's text: JSON with comments and trailing commas.
 * Syntax errors, schema errors and semantic problems come back with the
 * 1-based line and column of the offending value.
 *
 * @example
 * parseConfigText('{ "version": 2, "model": { "kind": "score", "bands": [] } }', "segmentation.json")
 * //=> { ok: false, error: { kind: "invalidConfig", source: "segmentation.json",
 * //     problems: [{ path: "model.bands", line: 1, column: 53, code: "tooFewItems", params: { bound: 1 } }] } }
 */
export function parseConfigText(text: string, source: string): Result<SegmentationConfig, EngineIssue> {
  // A byte-order mark becomes a space, so offsets still match the text.
  const clean = text.replace(/^\uFEFF/, " ");
  if (clean.trim() === "") return fail(invalid(source, [{ path: "", line: 1, column: 1, ...MESSAGES.empty() }]));
  const lineColumn = lineColumns(clean);
  // Before the parser, which recurses once per level.
  const deep = tooDeepInText(clean, MAX_CONFIG_DEPTH);
  if (deep !== undefined) return fail(invalid(source, [{ path: "", ...lineColumn(deep), ...MESSAGES.tooDeep(MAX_CONFIG_DEPTH) }]));
  const errors: ParseError[] = [];
  const root = parseTree(clean, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) {
    return fail(
      invalid(
        source,
        errors.map((e) => ({ path: "", ...lineColumn(e.offset), ...MESSAGES.syntax(printParseErrorCode(e.error)) })),
      ),
    );
  }
  const input: unknown = getNodeValue(root);
  const checked = checkConfig(input);
  if (checked.ok) return ok(checked.config);
  const v1 = configVersionOf(input) === 1;
  return fail(
    invalid(
      source,
      checked.problems.map((p) => {
        const { path, at: _at, ...message } = p;
        return { path: formatConfigPath(v1 ? v1PathOf(path) : path), ...lineColumn(offsetOf(clean, root, p, v1)), ...message };
      }),
    ),
  );
}
