import type { CompareOp, Condition, Scalar } from "../config/schema";
import type { Result } from "../result";
import { fail, ok } from "../result";
import type { Keyword } from "./keywords";
import { isFalseWord, keywordOf } from "./keywords";
import type { ExpressionError, ExpressionMessage } from "./messages";
import { EXPRESSION_MESSAGES as M } from "./messages";
import type { Token } from "./tokens";
import { tokenize } from "./tokens";

/**
 * Thrown inside the parser only, to unwind the recursive descent at the first
 * error; `parseExpression` turns it back into a value. Never escapes this module.
 */
class Stop {
  constructor(readonly error: ExpressionError) {}
}

type Compare = Extract<Condition, { kind: "compare" }>;

/** Levels of parentheses and `not` an expression may nest (checked before each level is parsed, so no stack overflows). */
export const MAX_EXPRESSION_DEPTH = 32;

/**
 * Recursive descent over the grammar
 *   or      := and (OR and)*
 *   and     := unary (AND unary)*
 *   unary   := NOT unary | primary
 *   primary := "(" or ")" | ALWAYS | comparison
 * so `not` binds tighter than `and`, which binds tighter than `or`.
 */
class Parser {
  private at = 0;
  /** Levels of parentheses and `not` open around the token being parsed. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): Condition {
    if (this.peek().kind === "end") this.stop(this.peek().start, M.empty());
    const condition = this.parseOr(undefined);
    const rest = this.peek();
    if (rest.kind !== "end") this.stop(rest.start, this.leftoverDetail(rest));
    return condition;
  }

  private parseOr(after: Token | undefined): Condition {
    const parts = [this.parseAnd(after)];
    while (this.isKeyword(this.peek(), "or")) parts.push(this.parseAnd(this.next()));
    return group("any", parts);
  }

  private parseAnd(after: Token | undefined): Condition {
    const parts = [this.parseUnary(after)];
    while (this.isKeyword(this.peek(), "and")) parts.push(this.parseUnary(this.next()));
    return group("all", parts);
  }

  private parseUnary(after: Token | undefined): Condition {
    const token = this.peek();
    if (this.isKeyword(token, "not")) {
      this.enter(token);
      const condition: Condition = { kind: "not", condition: this.parseUnary(this.next()) };
      this.depth--;
      return condition;
    }
    return this.parsePrimary(after);
  }

  /** One more level of nesting, refused past the limit. */
  private enter(token: Token): void {
    if (++this.depth > MAX_EXPRESSION_DEPTH) this.stop(token.start, M.tooDeep(MAX_EXPRESSION_DEPTH));
  }

  private parsePrimary(after: Token | undefined): Condition {
    const token = this.peek();
    if (token.kind === "punct" && token.text === "(") {
      this.enter(token);
      this.next();
      const inner = this.parseOr(token);
      this.depth--;
      const close = this.peek();
      if (close.kind === "punct" && close.text === ")") {
        this.next();
        return inner;
      }
      if (close.kind === "end") this.stop(token.start, M.unclosedParenthesis());
      this.stop(close.start, this.leftoverDetail(close));
    }
    if (this.isKeyword(token, "always")) {
      this.next();
      return { kind: "always" };
    }
    return this.parseComparison(after);
  }

  private parseComparison(after: Token | undefined): Condition {
    const token = this.next();
    const field = this.fieldName(token, after);
    const next = this.peek();
    if (next.kind === "operator") {
      this.next();
      return compare(field, next.op, this.parseValue(next));
    }
    if (next.kind === "end" || (next.kind === "punct" && next.text === ")")) return compare(field, "isTrue");
    if (next.kind !== "word") return this.stop(next.start, M.expectedOperatorAfter(this.source(token)));
    const keyword = keywordOf(next.text);
    if (keyword === "and" || keyword === "or") return compare(field, "isTrue");
    if (keyword === undefined && token.kind === "word") this.stop(token.start, M.spacedField(this.spacedWords(token)));
    this.next();
    switch (keyword) {
      case "between":
        return compare(field, "between", this.parseRange(next));
      case "in":
        return compare(field, "in", this.parseList(next));
      case "contains":
        return compare(field, "contains", this.parseValue(next));
      case "starts":
        return compare(field, "startsWith", this.parseValue(this.expectWith(next)));
      case "is":
        return this.parseIs(field, next);
      case "not":
        return this.parseNegated(field, next);
      default:
        return this.stop(next.start, M.unexpectedText(this.source(next)));
    }
  }

  /** `not in`, and `not between / contains / starts with` as sugar for not(…). */
  private parseNegated(field: string, notToken: Token): Condition {
    const token = this.next();
    const keyword = token.kind === "word" ? keywordOf(token.text) : undefined;
    if (keyword === "in") return compare(field, "notIn", this.parseList(token));
    if (keyword === "between") return { kind: "not", condition: compare(field, "between", this.parseRange(token)) };
    if (keyword === "contains") return { kind: "not", condition: compare(field, "contains", this.parseValue(token)) };
    if (keyword === "starts") {
      return { kind: "not", condition: compare(field, "startsWith", this.parseValue(this.expectWith(token))) };
    }
    return this.stop(token.start, M.expectedWord("in", this.source(notToken)));
  }

  private parseIs(field: string, isToken: Token): Condition {
    let token = this.next();
    const negated = token.kind === "word" && keywordOf(token.text) === "not";
    if (negated) token = this.next();
    const keyword = token.kind === "word" ? keywordOf(token.text) : undefined;
    switch (keyword) {
      case "blank":
        return compare(field, negated ? "isNotBlank" : "isBlank");
      case "true":
        return negated ? { kind: "not", condition: compare(field, "isTrue") } : compare(field, "isTrue");
      case "false":
        return negated ? { kind: "not", condition: compare(field, "isFalse") } : compare(field, "isFalse");
      default:
        return this.stop(token.start, M.expectedAfterIs(this.source(isToken)));
    }
  }

  private expectWith(startsToken: Token): Token {
    const token = this.next();
    if (token.kind !== "word" || keywordOf(token.text) !== "with") this.stop(token.start, M.expectedWord("with", this.source(startsToken)));
    return token;
  }

  private parseRange(betweenToken: Token): Scalar[] {
    const low = this.parseValue(betweenToken);
    const and = this.peek();
    if (!this.isKeyword(and, "and")) this.stop(and.start, M.betweenNeedsAnd());
    this.next();
    return [low, this.parseValue(and)];
  }

  private parseList(inToken: Token): Scalar[] {
    const open = this.next();
    if (open.kind !== "punct" || open.text !== "(") return this.stop(open.start, M.expectedList(this.source(inToken)));
    if (this.peekPunct(")")) this.stop(this.peek().start, M.expectedListValue());
    const values: Scalar[] = [];
    let separator: Token = open;
    for (;;) {
      values.push(this.parseValue(separator));
      separator = this.next();
      if (separator.kind === "punct" && separator.text === ")") return values;
      if (separator.kind !== "punct" || separator.text !== ",") {
        this.stop(separator.start, separator.kind === "end" ? M.unclosedParenthesis() : M.unclosedList());
      }
    }
  }

  private parseValue(after: Token): Scalar {
    const token = this.next();
    switch (token.kind) {
      case "number":
      case "string":
      case "date":
        return token.value;
      case "punct": {
        const number = this.peek();
        if (token.text === "-" && number.kind === "number" && number.start === token.end) {
          this.next();
          return -number.value;
        }
        break;
      }
      case "word": {
        if (keywordOf(token.text) === "true") return true;
        if (isFalseWord(token.text)) return false;
        // A grade letter such as E or O is also a keyword (and / or); the likely slip is missing quotes.
        if (keywordOf(token.text) === undefined || token.text.length === 1) this.stop(token.start, M.unquotedText(token.text));
        break;
      }
      default:
        break;
    }
    return this.stop(token.start, M.expectedValueAfter(this.source(after)));
  }

  private fieldName(token: Token, after: Token | undefined): string {
    if (token.kind === "field") return token.name;
    if (token.kind === "string") return token.value;
    if (token.kind === "word" && keywordOf(token.text) === undefined) return token.text;
    const endsGroup =
      token.kind === "end" || (token.kind === "punct" && token.text === ")") || this.isKeyword(token, "and") || this.isKeyword(token, "or");
    if (after && endsGroup) return this.stop(token.start, M.expectedConditionAfter(this.source(after)));
    if (token.kind === "end") return this.stop(token.start, M.empty());
    if (token.kind === "word") return this.stop(token.start, M.keywordAsField(token.text));
    return this.stop(token.start, M.expectedField(this.source(token)));
  }

  /** "Days Past Due" from the words that start at `first`, for the bracket hint. */
  private spacedWords(first: Token): string {
    let last = first;
    for (let i = this.at; i < this.tokens.length; i += 1) {
      const token = this.tokens[i];
      if (token.kind !== "word" || keywordOf(token.text) !== undefined) break;
      last = token;
    }
    return this.text.slice(first.start, last.end);
  }

  private leftoverDetail(token: Token): ExpressionMessage {
    if (token.kind === "punct" && token.text === ")") return M.unmatchedParenthesis();
    const previous = this.tokens[this.at - 1];
    if (token.kind === "punct" && token.text === "," && previous?.kind === "number") return M.thousandsSeparator();
    return M.unexpectedText(this.source(token));
  }

  private source(token: Token): string {
    return this.text.slice(token.start, token.end);
  }

  private isKeyword(token: Token, keyword: Keyword): boolean {
    return token.kind === "word" && keywordOf(token.text) === keyword;
  }

  private peekPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === "punct" && token.text === text;
  }

  private peek(): Token {
    return this.tokens[this.at];
  }

  private next(): Token {
    const token = this.tokens[this.at];
    // The end token is never consumed, so errors after it still point at the end of the text.
    if (token.kind !== "end") this.at += 1;
    return token;
  }

  private stop(position: number, message: ExpressionMessage): never {
    throw new Stop({ position, ...message });
  }
}

function compare(field: string, op: CompareOp, value?: Scalar | Scalar[]): Compare {
  return value === undefined ? { kind: "compare", field, op } : { kind: "compare", field, op, value };
}

/** One part stays itself; several become one flat `all`/`any` (nested chains of the same kind are merged). */
function group(kind: "all" | "any", parts: Condition[]): Condition {
  if (parts.length === 1) return parts[0];
  return { kind, conditions: parts.flatMap((part) => (part.kind === kind ? part.conditions : [part])) };
}

/**
 * Parses a rule expression into a `Condition`. Field names are kept as typed;
 * resolving them against built-in fields and sheet columns is a later step.
 *
 * @example
 * parseExpression("Balance > 10k and not Disputed")
 * //=> { ok: true, value: { kind: "all", conditions: [
 * //     { kind: "compare", field: "Balance", op: ">", value: 10000 },
 * //     { kind: "not", condition: { kind: "compare", field: "Disputed", op: "isTrue" } } ] } }
 * parseExpression("Balance >") //=> { ok: false, error: { position: 9, code: "expectedValueAfter", params: { after: ">" } } }
 */
export function parseExpression(text: string): Result<Condition, ExpressionError> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  try {
    return ok(new Parser(text, tokens.value).parse());
  } catch (error) {
    if (error instanceof Stop) return fail(error.error);
    throw error;
  }
}
