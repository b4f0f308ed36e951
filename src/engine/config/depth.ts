/**
 * Nesting limits of a configuration, checked before anything walks it
 * recursively (the schema, migration, the condition checks), so a hostile or
 * broken file gets a message naming the rule instead of overflowing the stack.
 * The walks here are iterative.
 */
import type { Path } from "./problems";

/** Levels of `{ }` and `[ ]` a configuration may nest: a deep rule needs about 2 per condition level, plus 6. */
export const MAX_CONFIG_DEPTH = 100;

/** Levels of `all` / `any` / `not` a condition tree may nest. */
export const MAX_CONDITION_DEPTH = 32;

/**
 * Where JSON text first nests deeper than `limit` levels of brackets: the
 * offset of the bracket that goes one level too deep, or undefined. Brackets
 * inside strings and comments don't count.
 *
 * @example tooDeepInText("[[[1]]]", 2) //=> 2
 */
export function tooDeepInText(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: to its closing quote, past escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/**
 * The path to the first value nested deeper than `limit` levels of objects
 * and arrays, or undefined.
 *
 * @example tooDeepIn({ a: [[1]] }, 2) //=> ["a", 0]
 */
export function tooDeepIn(value: unknown, limit: number): Path | undefined {
  // Each entry knows its parent, so a path is built only for the value that is too deep.
  interface Entry {
    readonly value: unknown;
    readonly depth: number;
    readonly parent?: Entry;
    readonly key?: string | number;
  }
  const stack: Entry[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.value;
    if (node === null || typeof node !== "object") continue;
    if (entry.depth >= limit) {
      const path: (string | number)[] = [];
      for (let e: Entry | undefined = entry; e?.key !== undefined; e = e.parent) path.unshift(e.key);
      return path;
    }
    const depth = entry.depth + 1;
    if (Array.isArray(node)) node.forEach((inner: unknown, key) => stack.push({ value: inner, depth, parent: entry, key }));
    else for (const key in node) stack.push({ value: (node as Record<string, unknown>)[key], depth, parent: entry, key });
  }
  return undefined;
}

/**
 * The path (relative to the condition) of the first condition nested deeper
 * than `limit` levels of `all` / `any` / `not`, or undefined.
 *
 * @example conditionTooDeep({ kind: "not", condition: { kind: "not", condition: { kind: "always" } } }, 1)
 * //=> ["condition"]
 */
export function conditionTooDeep(condition: unknown, limit: number): Path | undefined {
  const stack: { readonly node: unknown; readonly path: Path; readonly depth: number }[] = [{ node: condition, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    const { condition: inner, conditions } = node as { condition?: unknown; conditions?: unknown };
    if (inner === undefined && !Array.isArray(conditions)) continue;
    if (depth >= limit) return path;
    if (inner !== undefined) stack.push({ node: inner, path: [...path, "condition"], depth: depth + 1 });
    if (Array.isArray(conditions))
      conditions.forEach((c, i) => stack.push({ node: c, path: [...path, "conditions", i], depth: depth + 1 }));
  }
  return undefined;
}
