/**
 * A validated configuration and a table's columns → one SELECT that returns
 * every column of the table plus Segment, Priority, Strategy, Score, Reason
 * and Aging Bucket, row for row what the engine gives for the same ledger.
 * What one query can't do the engine's way is refused here, with an issue.
 */
import type { SegmentationConfig } from "../engine/config/schema";
import type { RunTexts } from "../engine/messages/types";
import { notYetIssued } from "../engine/evaluate";
import type { EngineIssue } from "../engine/issues";
import { resolveLanguage, type Language } from "../engine/language";
import { textsFor, ALL_TEXTS } from "../engine/messages";
import { addMonths, isoFromSerial, serialFromIso } from "../engine/parse";
import { DEFAULT_SCORE_CARD, inLanguage, strategyText } from "../engine/presets";
import { fail, ok, type Result } from "../engine/result";
import { segment } from "../engine/segment";
import { OUTPUT_HEADERS } from "../engine/segmentation";
import { dateOrderOf, fieldsNamed } from "../engine/sheetNeeds";
import { Conditions } from "./conditions";
import { CustomerFacts } from "./customers";
import { dialectOf, type DialectName } from "./dialect";
import { Fields, readsRepresentative } from "./fields";
import { formatDate } from "./format";
import { compileModel } from "./models";
import { Plan, RESERVED_PREFIX } from "./plan";
import { Reads } from "./reads";
import { bucketWords, RowFacts, type AsOf } from "./rows";
import { compileScoreCard } from "./scoreCard";
import { readTable, tableLabel, type SqlTable, type TableReading } from "./table";
import { fill, hole, HOLE_CHARACTERS } from "./template";

/** The as-of date of a query: a date written in it, its one parameter ($1), or the database's current date. */
export type AsOfChoice = { readonly kind: "date"; readonly iso: string } | { readonly kind: "parameter" } | { readonly kind: "today" };

export interface CompileOptions {
  readonly dialect: DialectName;
  /** Default: the configuration's `asOf` as a date, else the database's current date. */
  readonly asOf?: AsOfChoice;
  /** A column that gives the row order (the engine's sheet order), needed when a customer-level rule reads its oldest open invoice. */
  readonly orderBy?: string;
  /** Day/month order of numbers-only text dates; default the configuration's, else the engine's assumption from the headers. */
  readonly dateOrder?: "DMY" | "MDY" | "YMD";
  /** Also return the working columns a summary is computed from (see FACT_COLUMNS). */
  readonly withFacts?: boolean;
  /** Columns of the source that are not part of the ledger (a row number), returned first as they are and never read. */
  readonly carry?: readonly string[];
  /** The display language of the face (a tag such as "es-MX"): the run's language when neither the configuration nor the headers decide it. */
  readonly displayLanguage?: string;
}

/** Working columns returned with `withFacts`, by the name they have in the result. */
export const FACT_COLUMNS = [
  "included",
  "not_issued",
  "paid",
  "open",
  "credit",
  "dpd",
  "bucket",
  "outcome",
  "customer",
  "currency",
] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];

export interface CompiledQuery {
  readonly sql: string;
  /** How many parameters the query takes ($1: the as-of date). */
  readonly parameters: number;
  /** The outcome list the `outcome` fact indexes (the model's, then Not yet issued). */
  readonly outcomes: readonly { readonly segment: string; readonly priority: number | null }[];
  /** The aging bucket labels the `bucket` fact indexes, then Paid, in the run's words. */
  readonly buckets: readonly string[];
  /** The language the query writes its words in (the engine's choice for the same header). */
  readonly language: Language;
  /** The configuration as compiled: bound to that language (a preset left as it is in its words). */
  readonly config: SegmentationConfig;
}

/**
 * Compiles the query.
 *
 * @example
 * compileSql(presetConfig("aging").value, { source: { kind: "table", name: ["ar"] }, columns: [{ name: "Customer" }, { name: "Balance" }, { name: "Due Date" }] }, { dialect: "duckdb", asOf: { kind: "date", iso: "2026-01-31" } })
 * //=> { ok: true, value: { sql: 'WITH "arseg_s0" AS (SELECT * FROM "ar"), … SELECT "Customer", …, … AS "Segment", …', parameters: 0, … } }
 */
export function compileSql(config: SegmentationConfig, table: SqlTable, options: CompileOptions): Result<CompiledQuery, EngineIssue> {
  const name = tableLabel(table);
  const read = readTable(table, config);
  if (!read.ok) return read;
  const reading = read.value;
  for (const column of table.columns) {
    if (column.name.toLowerCase().startsWith(RESERVED_PREFIX))
      return fail({ kind: "sqlUnsupported", table: name, feature: "reservedColumn", column: column.name });
  }
  const outputNames = new Set(ALL_TEXTS.flatMap((t) => t.outputHeaders.map((h) => h.toLowerCase())));
  for (const i of reading.passThrough) {
    const column = table.columns[i].name;
    if (outputNames.has(column.toLowerCase())) return fail({ kind: "sqlUnsupported", table: name, feature: "outputColumn", column });
  }
  if (options.orderBy !== undefined && !table.columns.some((c) => c.name === options.orderBy) && !options.carry?.includes(options.orderBy))
    return fail({ kind: "sqlUnsupported", table: name, feature: "orderColumn", column: options.orderBy });
  if (config.level === "customer" && options.orderBy === undefined) {
    const field = fieldsNamed(config).find(readsRepresentative);
    if (field !== undefined) return fail({ kind: "sqlUnsupported", table: name, feature: "rowOrder", field });
  }
  // The engine checks the rules (fields, operators, values) on the same header: the query is written only for what it accepts.
  const checked = engineCheck(config, table, reading.fields);
  if (checked) return fail(checked);

  const headers = table.columns.map((c) => c.name);
  // The run's language, and the configuration in its words, as the engine binds them for the same header.
  const language = resolveLanguage(config.language, headers, options.displayLanguage);
  const texts = textsFor(language);
  const bound = inLanguage(config, language);
  const marked = textWith(bound, HOLE_CHARACTERS);
  if (marked !== undefined) return fail({ kind: "sqlUnsupported", table: name, feature: "markerCharacter", text: marked });
  return ok(compileBound(bound, table, reading, options, texts));
}

/** The query of a configuration bound to its language, for a table whose header was read. */
function compileBound(
  config: SegmentationConfig,
  table: SqlTable,
  reading: TableReading,
  options: CompileOptions,
  texts: RunTexts,
): CompiledQuery {
  const d = dialectOf(options.dialect);
  const plan = new Plan(d);
  const headers = table.columns.map((c) => c.name);
  const dateOrder = options.dateOrder ?? dateOrderOf(config, [], reading.fields, headers).order;
  const reads = new Reads(plan, table, reading, dateOrder);
  const asOf = asOfSql(plan, config, options.asOf ?? (config.asOf ? { kind: "date", iso: config.asOf } : { kind: "today" }));
  const rows = new RowFacts(reads, config, asOf);
  const customers = new CustomerFacts(rows, options.orderBy);
  const scoring: { card?: ReturnType<typeof compileScoreCard> } = {};
  const cardScore = () => plan.col("card_score", () => scoring.card!.score);
  const fields = new Fields(rows, customers, config.level, config.newCustomerMonths, cardScore);
  const card = compileScoreCard(config.scoreCard ?? DEFAULT_SCORE_CARD, fields, d, texts);
  scoring.card = card;
  const conditions = new Conditions(fields, d);
  const model = compileModel(config.model, { plan, conditions, fields, card, texts });
  const notYet = notYetIssued(texts);

  const included = rows.included();
  const notIssued = rows.notIssued();
  const outcome = model.outcome;
  const outcomes = model.outcomes;
  const pick = (value: (k: number) => string) => `CASE ${outcome} ${outcomes.map((_, k) => `WHEN ${k} THEN ${value(k)}`).join(" ")} END`;
  const whenItem = (notYet: string, value: string) =>
    `CASE WHEN NOT ${included} THEN NULL WHEN ${notIssued} THEN ${notYet} ELSE ${value} END`;
  const priority = (p: number | null) => (p === null ? "NULL" : String(p));
  const text = d.type("text");
  const big = d.type("bigint");
  const score = model.ownScore ?? cardScore();
  const outputs: Record<(typeof OUTPUT_HEADERS)[number], string> = {
    Segment: whenItem(
      d.text(notYet.segment),
      pick((k) => d.text(outcomes[k].segment)),
    ),
    Priority: `CAST(${whenItem(
      "NULL",
      pick((k) => priority(outcomes[k].priority)),
    )} AS ${big})`,
    Strategy: whenItem(
      d.text(strategyText(notYet.strategy, texts)),
      pick((k) => d.text(strategyText(outcomes[k].strategy, texts))),
    ),
    Score: `CAST(${whenItem("NULL", score)} AS ${big})`,
    Reason: whenItem(
      asOf.iso !== undefined
        ? d.text(texts.reasons.notYetIssued(texts.date(asOf.iso)))
        : fill(d, texts.reasons.notYetIssued(hole(0)), [formatDate(d, asOf.date, texts)]),
      model.reason,
    ),
    "Aging Bucket": whenItem(`CAST(NULL AS ${text})`, rows.bucketLabel(rows.bucket(), texts.buckets)),
  };
  // The query names its output columns in English whatever the language (a database's own names); `--engine duckdb` heads its file in the run's language.
  const outputRefs = OUTPUT_HEADERS.map((h) => ({
    header: h,
    ref: plan.col(`out_${h.toLowerCase().replace(/ /g, "_")}`, () => outputs[h]),
  }));
  const facts: Record<FactColumn, () => string> = {
    included: () => included,
    not_issued: () => notIssued,
    paid: () => rows.paid(),
    open: () => rows.open(),
    credit: () => rows.credit(),
    dpd: () => rows.dpd(),
    bucket: () => rows.bucket(),
    outcome: () => plan.col("fact_outcome", () => `CASE WHEN ${notIssued} THEN ${outcomes.length} ELSE ${outcome} END`),
    customer: () => reads.customer(),
    currency: () => reads.text("currency") ?? `CAST('' AS ${text})`,
  };
  const factRefs = options.withFacts ? FACT_COLUMNS.map((f) => ({ header: `${RESERVED_PREFIX}${f}`, ref: facts[f]() })) : [];

  const source = table.source.kind === "table" ? table.source.name.map((part) => d.ident(part)).join(".") : table.source.from;
  const { withClause, last } = plan.chain(source);
  const columns = [
    ...(options.carry ?? []).map((c) => d.ident(c)),
    ...reading.passThrough.map((i) => d.ident(table.columns[i].name)),
    ...outputRefs.map((o) => `${o.ref} AS ${d.ident(o.header)}`),
    ...factRefs.map((f) => `${f.ref} AS ${d.ident(f.header)}`),
  ];
  const sql = `${withClause}\nSELECT\n  ${columns.join(",\n  ")}\nFROM ${last}`;
  return {
    sql,
    parameters: options.asOf?.kind === "parameter" ? 1 : 0,
    outcomes: [...outcomes, notYet].map((o) => ({ segment: o.segment, priority: o.priority })),
    buckets: bucketWords(rows.labels, texts.buckets),
    language: texts.language,
    config,
  };
}

function asOfSql(plan: Plan, config: SegmentationConfig, choice: AsOfChoice): AsOf {
  const d = plan.d;
  if (choice.kind === "date") {
    const serial = serialFromIso(choice.iso);
    if (serial === undefined) throw new Error(`not a date: ${choice.iso}`);
    return {
      date: `DATE ${d.text(choice.iso)}`,
      iso: choice.iso,
      recentFrom: `DATE ${d.text(isoFromSerial(addMonths(serial, -config.recentMonths)))}`,
    };
  }
  const date = plan.col("as_of", () => (choice.kind === "parameter" ? `CAST($1 AS DATE)` : "CURRENT_DATE"));
  return {
    date,
    recentFrom: plan.col("recent_from", () => d.addMonths(date, -config.recentMonths)),
  };
}

/**
 * Runs the engine on the table's header and one row, so its checks of the
 * rules (fields known, operators given the values they need) decide what is
 * compiled. Returns the engine's issue, if any.
 */
function engineCheck(config: SegmentationConfig, table: SqlTable, fields: Partial<Record<string, number>>): EngineIssue | undefined {
  const row: (number | string | null)[] = table.columns.map(() => null);
  const money = fields.balance ?? fields.amount;
  if (money !== undefined) row[money] = 0;
  // A named item, so the row is not taken for a total line.
  const label = fields.customer ?? fields.invoice;
  if (label !== undefined) row[label] = "A";
  const result = segment([table.columns.map((c) => c.name), row], { config, sheet: tableLabel(table), today: "2000-01-01" });
  return result.ok ? undefined : result.error;
}

/** The first text in a configuration (a segment name, a rule, a strategy) that holds one of `characters`. */
function textWith(value: unknown, characters: RegExp): string | undefined {
  if (typeof value === "string") return characters.test(value) ? value : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  for (const item of Object.values(value)) {
    const found = textWith(item, characters);
    if (found !== undefined) return found;
  }
  return undefined;
}
