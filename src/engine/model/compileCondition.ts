import type { Condition, CompareOp, Scalar } from "../config/schema";
import type { CompileMessage, CompileParams, EngineIssue, Where } from "../issues";
import { fail, ok, assertNever, type Result } from "../result";
import { serialFromIso } from "../parse";
import { accessorFor, type Accessor, type EvalContext } from "./accessors";
import { foldValue } from "./fold";

/** A compiled condition: true when the unit (a ledger row) satisfies it. */
export type Predicate = (row: number) => boolean;

const NUMERIC_OPS: ReadonlySet<CompareOp> = new Set([">", ">=", "<", "<=", "between"]);

export { foldValue };

/** Remembers folded texts: a column has few distinct values, so each is folded once. */
function foldedReader(get: (row: number) => string): (row: number) => string {
  const memo = new Map<string, string>();
  return (row) => {
    const raw = get(row);
    let folded = memo.get(raw);
    if (folded === undefined) {
      folded = foldValue(raw);
      if (memo.size < 100_000) memo.set(raw, folded);
    }
    return folded;
  };
}

/**
 * Compiles a condition tree into a predicate over ledger rows. Fields are
 * resolved once here; an unknown field or a value of the wrong kind is an issue.
 *
 * @example
 * compileCondition({ kind: "compare", field: "Balance", op: ">", value: 10000 }, ctx, { kind: "rule", number: 1, segment: "Legal" }, "Ledger")
 * //=> { ok: true, value: (row) => open[row] > 10000 }
 */
export function compileCondition(condition: Condition, ctx: EvalContext, where: Where, sheet: string): Result<Predicate, EngineIssue> {
  switch (condition.kind) {
    case "always":
      return ok(() => true);
    case "not": {
      const inner = compileCondition(condition.condition, ctx, where, sheet);
      if (!inner.ok) return inner;
      const p = inner.value;
      return ok((row) => !p(row));
    }
    case "all":
    case "any": {
      const parts: Predicate[] = [];
      for (const c of condition.conditions) {
        const compiled = compileCondition(c, ctx, where, sheet);
        if (!compiled.ok) return compiled;
        parts.push(compiled.value);
      }
      return ok(condition.kind === "all" ? allOf(parts) : anyOf(parts));
    }
    case "compare": {
      const wantsNumber = NUMERIC_OPS.has(condition.op) || typeof condition.value === "number";
      const accessor = accessorFor(condition.field, ctx, wantsNumber);
      if (!accessor) return fail({ kind: "unknownField", sheet, field: condition.field, where });
      const compiled = compileCompare(accessor, condition.op, condition.value);
      if (typeof compiled !== "function")
        return fail({ kind: "badCondition", where, compare: { field: condition.field, op: condition.op }, problem: compiled });
      return ok(compiled);
    }
    default:
      return assertNever(condition);
  }
}

// Plain loops: these run once per row per rule, so no closure is allocated per call.
function allOf(parts: readonly Predicate[]): Predicate {
  if (parts.length === 2) {
    const [a, b] = parts;
    return (row) => a(row) && b(row);
  }
  return (row) => {
    for (let k = 0; k < parts.length; k++) if (!parts[k](row)) return false;
    return true;
  };
}

function anyOf(parts: readonly Predicate[]): Predicate {
  if (parts.length === 2) {
    const [a, b] = parts;
    return (row) => a(row) || b(row);
  }
  return (row) => {
    for (let k = 0; k < parts.length; k++) if (parts[k](row)) return true;
    return false;
  };
}

type Value = Scalar | readonly Scalar[] | undefined;

/** A rule's text value(s) in the words the rows hold: "Vigente" tests the bucket "Current" holds. */
export function inRowWords(value: Value, synonyms: ReadonlyMap<string, string>): Value {
  const one = (v: Scalar): Scalar => (typeof v === "string" ? (synonyms.get(foldValue(v)) ?? v) : v);
  if (value === undefined) return value;
  return Array.isArray(value) ? (value as readonly Scalar[]).map(one) : one(value as Scalar);
}

const problem = <K extends keyof CompileParams>(code: K, params: CompileParams[K]): CompileMessage => ({ code, params }) as CompileMessage;
const NONE = {} as Record<string, never>;

/** Returns the predicate, or what is wrong with the value. */
function compileCompare(accessor: Accessor, op: CompareOp, value: Value): Predicate | CompileMessage {
  switch (accessor.type) {
    case "number":
      return compileNumber(accessor.get, accessor.date, op, value);
    case "text":
      return compileText(foldedReader(accessor.get), op, accessor.synonyms ? inRowWords(value, accessor.synonyms) : value);
    case "flag":
      return compileFlag(accessor.get, op, value);
    default:
      return assertNever(accessor);
  }
}

export function toNumber(v: Scalar, date: boolean): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (date) {
    const serial = serialFromIso(v.trim());
    if (serial !== undefined) return serial;
  }
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : undefined;
}

function compileNumber(get: (row: number) => number, date: boolean, op: CompareOp, value: Value): Predicate | CompileMessage {
  const one = (): number | CompileMessage => {
    if (value === undefined || Array.isArray(value)) return problem("needsValue", { date });
    return toNumber(value as Scalar, date) ?? problem("notA", { value: String(value), date });
  };
  const list = (): number[] | CompileMessage => {
    if (!Array.isArray(value) || value.length === 0) return problem("needsListOf", { date });
    const out: number[] = [];
    for (const v of value as readonly Scalar[]) {
      const n = toNumber(v, date);
      if (n === undefined) return problem("notA", { value: String(v), date });
      out.push(n);
    }
    return out;
  };
  switch (op) {
    case ">":
    case ">=":
    case "<":
    case "<=":
    case "=":
    case "!=": {
      const k = one();
      if (typeof k !== "number") return k;
      if (op === ">") return (r) => get(r) > k;
      if (op === ">=") return (r) => get(r) >= k;
      if (op === "<") return (r) => get(r) < k;
      if (op === "<=") return (r) => get(r) <= k;
      if (op === "=") return (r) => get(r) === k;
      return (r) => {
        const v = get(r);
        return v === v && v !== k;
      };
    }
    case "between": {
      const range = list();
      if (!Array.isArray(range)) return range;
      if (range.length !== 2) return problem("betweenTwo", NONE);
      const [lo, hi] = range[0] <= range[1] ? range : [range[1], range[0]];
      return (r) => {
        const v = get(r);
        return v >= lo && v <= hi;
      };
    }
    case "in":
    case "notIn": {
      const items = list();
      if (!Array.isArray(items)) return items;
      const set = new Set(items);
      return op === "in" ? (r) => set.has(get(r)) : (r) => !set.has(get(r));
    }
    case "isBlank":
      return (r) => Number.isNaN(get(r));
    case "isNotBlank":
      return (r) => !Number.isNaN(get(r));
    case "isTrue":
      return (r) => get(r) > 0;
    case "isFalse":
      return (r) => !(get(r) > 0);
    case "contains":
    case "startsWith":
      return problem("textOpOnNumber", { op });
    default:
      return assertNever(op);
  }
}

export function compileText(get: (row: number) => string, op: CompareOp, value: Value): Predicate | CompileMessage {
  const one = (): string | { error: CompileMessage } =>
    value === undefined || Array.isArray(value) ? { error: problem("needsTextValue", NONE) } : foldValue(String(value));
  switch (op) {
    case "=":
    case "!=":
    case "contains":
    case "startsWith": {
      const k = one();
      if (typeof k !== "string") return k.error;
      if (op === "=") return (r) => get(r) === k;
      if (op === "!=") return (r) => get(r) !== k;
      if (op === "contains") return (r) => get(r).includes(k);
      return (r) => get(r).startsWith(k);
    }
    case "in":
    case "notIn": {
      if (!Array.isArray(value) || value.length === 0) return problem("needsValues", NONE);
      const set = new Set((value as readonly Scalar[]).map((v) => foldValue(String(v))));
      return op === "in" ? (r) => set.has(get(r)) : (r) => !set.has(get(r));
    }
    case "isBlank":
      return (r) => get(r) === "";
    case "isNotBlank":
      return (r) => get(r) !== "";
    case ">":
    case ">=":
    case "<":
    case "<=":
    case "between":
      return problem("comparesNumbers", NONE);
    case "isTrue":
      return (r) => TRUE_WORDS.has(get(r));
    case "isFalse":
      return (r) => !TRUE_WORDS.has(get(r));
    default:
      return assertNever(op);
  }
}

export const TRUE_WORDS = new Set(["yes", "y", "si", "sim", "s", "x", "true", "1", "verdadero", "verdadeiro"]);
export const FALSE_WORDS = new Set(["no", "n", "nao", "false", "0", "falso"]);

export function flagValue(value: Value): number | undefined {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value > 0 ? 1 : 0;
  if (typeof value === "string") {
    const f = foldValue(value);
    if (TRUE_WORDS.has(f)) return 1;
    if (FALSE_WORDS.has(f)) return 0;
  }
  return undefined;
}

function compileFlag(get: (row: number) => number, op: CompareOp, value: Value): Predicate | CompileMessage {
  switch (op) {
    case "isTrue":
      return (r) => get(r) === 1;
    case "isFalse":
    case "isBlank":
      return (r) => get(r) !== 1;
    case "isNotBlank":
      return (r) => get(r) === 1;
    case "=":
    case "!=": {
      const k = flagValue(value);
      if (k === undefined) return problem("needsYesNo", NONE);
      return op === "=" ? (r) => get(r) === k : (r) => get(r) !== k;
    }
    default:
      return problem("notForFlag", { op });
  }
}
