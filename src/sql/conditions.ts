/**
 * A rule's condition tree as one SQL boolean that is never NULL, so NOT, AND
 * and OR combine exactly as the engine's predicates do (a blank number fails
 * every comparison, and `not` of that is true).
 */
import type { CompareOp, Condition, Scalar } from "../engine/config/schema";
import { compileText, flagValue, foldValue, inRowWords, toNumber, TRUE_WORDS } from "../engine/model/compileCondition";
import { assertNever } from "../engine/result";
import type { Dialect } from "./dialect";
import type { Fields, FieldValue } from "./fields";
import { inList, foldValue as foldValueSql } from "./text";
import { lit } from "./literals";

const NUMERIC_OPS: ReadonlySet<CompareOp> = new Set([">", ">=", "<", "<=", "between"]);

type Value = Scalar | readonly Scalar[] | undefined;

/** The compiler met a condition the engine would have refused (the configuration is checked by the engine first). */
export class UncheckedCondition extends Error {}

export class Conditions {
  constructor(
    readonly fields: Fields,
    readonly d: Dialect,
  ) {}

  /**
   * A condition as SQL.
   *
   * @example compile({ kind: "compare", field: "Balance", op: ">", value: 10000 }) //=> 'COALESCE("arseg_open" > 10000, FALSE)'
   */
  compile(condition: Condition): string {
    switch (condition.kind) {
      case "always":
        return "TRUE";
      case "not":
        return `(NOT ${this.compile(condition.condition)})`;
      case "all":
      case "any": {
        if (condition.conditions.length === 0) return condition.kind === "all" ? "TRUE" : "FALSE";
        return `(${condition.conditions.map((c) => this.compile(c)).join(condition.kind === "all" ? " AND " : " OR ")})`;
      }
      case "compare": {
        const wantsNumber = NUMERIC_OPS.has(condition.op) || typeof condition.value === "number";
        const value = this.fields.value(condition.field, wantsNumber);
        if (!value) throw new UncheckedCondition(`unknown field ${condition.field}`);
        return this.compare(value, condition.op, condition.value);
      }
      default:
        return assertNever(condition);
    }
  }

  private compare(field: FieldValue, op: CompareOp, value: Value): string {
    switch (field.kind) {
      case "number":
        return this.number(field.sql, field.date !== undefined, op, value);
      case "text":
        return field.labels
          ? this.labelled(field.sql, field.labels, op, field.synonyms ? inRowWords(value, field.synonyms) : value)
          : this.text(this.folded(field.sql), op, value);
      case "flag":
        return this.flag(field.sql, op, value);
      default:
        return assertNever(field);
    }
  }

  private folded(sql: string): string {
    return foldValueSql(this.d, sql);
  }

  private number(x: string, date: boolean, op: CompareOp, value: Value): string {
    const one = (): number => {
      const n = value === undefined || Array.isArray(value) ? undefined : toNumber(value as Scalar, date);
      if (n === undefined) throw new UncheckedCondition(`${op} needs a number`);
      return n;
    };
    const list = (): number[] => {
      if (!Array.isArray(value)) throw new UncheckedCondition(`${op} needs a list`);
      return (value as readonly Scalar[]).map((v) => {
        const n = toNumber(v, date);
        if (n === undefined) throw new UncheckedCondition(`${op} needs numbers`);
        return n;
      });
    };
    const safe = (test: string) => `COALESCE(${test}, FALSE)`;
    switch (op) {
      case ">":
      case ">=":
      case "<":
      case "<=":
      case "=":
        return safe(`${x} ${op} ${lit(one())}`);
      case "!=":
        return safe(`${x} <> ${lit(one())}`);
      case "between": {
        const range = list();
        const [lo, hi] = range[0] <= range[1] ? range : [range[1], range[0]];
        return safe(`${x} >= ${lit(lo)} AND ${x} <= ${lit(hi)}`);
      }
      case "in":
        return safe(`${x} IN (${list().map(lit).join(", ")})`);
      case "notIn":
        return `(${x} IS NULL OR ${x} NOT IN (${list().map(lit).join(", ")}))`;
      case "isBlank":
        return `(${x} IS NULL)`;
      case "isNotBlank":
        return `(${x} IS NOT NULL)`;
      case "isTrue":
        return safe(`${x} > 0`);
      case "isFalse":
        return `(NOT ${safe(`${x} > 0`)})`;
      case "contains":
      case "startsWith":
        throw new UncheckedCondition(`${op} needs a text field`);
      default:
        return assertNever(op);
    }
  }

  /** A test of folded text `f` (never NULL) against folded values. */
  private text(f: string, op: CompareOp, value: Value): string {
    const d = this.d;
    const one = (): string => {
      if (value === undefined || Array.isArray(value)) throw new UncheckedCondition(`${op} needs a text value`);
      return foldValue(String(value));
    };
    switch (op) {
      case "=":
        return `(${f} = ${d.text(one())})`;
      case "!=":
        return `(${f} <> ${d.text(one())})`;
      case "contains":
        return `(strpos(${f}, ${d.text(one())}) > 0)`;
      case "startsWith":
        return `starts_with(${f}, ${d.text(one())})`;
      case "in":
      case "notIn": {
        if (!Array.isArray(value) || value.length === 0) throw new UncheckedCondition(`${op} needs a list`);
        const test = inList(
          d,
          f,
          (value as readonly Scalar[]).map((v) => foldValue(String(v))),
        );
        return op === "in" ? `(${test})` : `(NOT ${test})`;
      }
      case "isBlank":
        return `(${f} = '')`;
      case "isNotBlank":
        return `(${f} <> '')`;
      case "isTrue":
        return `(${inList(d, f, TRUE_WORDS)})`;
      case "isFalse":
        return `(NOT ${inList(d, f, TRUE_WORDS)})`;
      case ">":
      case ">=":
      case "<":
      case "<=":
      case "between":
        throw new UncheckedCondition(`${op} compares numbers`);
      default:
        return assertNever(op);
    }
  }

  /** A text that takes one of a few labels: the test is worked out for each label here, and the query compares the label. */
  private labelled(sql: string, labels: readonly string[], op: CompareOp, value: Value): string {
    // The engine's own test of a text, run on each label.
    const test = compileText((k) => foldValue(labels[k]), op, value);
    if (typeof test !== "function") throw new UncheckedCondition(test.code);
    const matching = labels.filter((_, k) => test(k));
    if (matching.length === labels.length) return "TRUE";
    return `(${inList(this.d, sql, matching)})`;
  }

  private flag(b: string, op: CompareOp, value: Value): string {
    switch (op) {
      case "isTrue":
      case "isNotBlank":
        return `(${b})`;
      case "isFalse":
      case "isBlank":
        return `(NOT ${b})`;
      case "=":
      case "!=": {
        const k = flagValue(value);
        if (k === undefined) throw new UncheckedCondition("needs yes or no");
        const is = k === 1 ? b : `(NOT ${b})`;
        return op === "=" ? `(${is})` : `(NOT ${is})`;
      }
      default:
        throw new UncheckedCondition(`${op} does not apply to a yes/no field`);
    }
  }
}
