/**
 * Everything a run writes in words, for one language: the output columns'
 * headers, the presets' segment names and strategies, the channel and tone
 * words, reasons, bucket words, the summary's labels and what was read. One
 * module per language (en, es, pt) fills it; the engine and every face render
 * through it, so a Spanish sheet gets no English word.
 */
import type { Channel, Tone } from "../config/schema";
import type { ConditionFieldName } from "../conditionFields";
import type { Language } from "../language";
import type { KpiLine } from "../summary/kpiLines";
import type { BacktestTexts } from "./backtestTypes";
import type { ReadingTexts } from "./readingTypes";
import type { TableFormats } from "./numbers";

/** The six output columns, in the order they are written: Segment, Priority, Strategy, Score, Reason, Aging Bucket. */
export type OutputHeaderTexts = readonly [
  segment: string,
  priority: string,
  strategy: string,
  score: string,
  reason: string,
  agingBucket: string,
];

/** The words a condition is written with in a Reason. */
export interface ConditionWords {
  readonly and: string;
  readonly or: string;
  readonly not: string;
  /** "between 1 and 5": the word before the range, and the word between its two ends. */
  readonly between: string;
  readonly betweenAnd: string;
  readonly in: string;
  readonly notIn: string;
  readonly contains: string;
  readonly startsWith: string;
  readonly isBlank: string;
  readonly isNotBlank: string;
  readonly isFalse: string;
  readonly always: string;
  readonly true: string;
  readonly false: string;
}

export interface ReasonTexts {
  /** A rule that matched: its number, segment, test (as written, or in words) and the values it read. */
  rule(number: number, segment: string, when: string, facts: string): string;
  /** The same for a rule tried before a points, score or matrix model. */
  firstRule(number: number, segment: string, when: string, facts: string): string;
  otherwise(segment: string): string;
  points(percent: string, max: number, minPercent: number, scored: readonly string[]): string;
  score(score: number, minScore: number, card: string): string;
  /** One factor of the score card: field, its value, the score it gave (or the missing score), its weight. */
  cardFactor(field: string, value: string, score: string, missing: boolean, weight: string): string;
  matrix(riskLevel: string, risk: string, valueLevel: string, value: string): string;
  readonly levels: { readonly low: string; readonly medium: string; readonly high: string };
  notYetIssued(asOf: string): string;
}

/** The segment names of the presets, by the key each preset knows them by. */
export type PresetSegment =
  | "credit"
  | "paid"
  | "dispute"
  | "promise"
  | "finalNotice"
  | "brokenPromise"
  | "seriouslyOverdue"
  | "atRisk"
  | "overdue"
  | "hardToContact"
  | "willPayAnyway"
  | "reminder"
  | "preDueReminder"
  | "current"
  | "noHistory"
  | "automate"
  | "protectRelationship"
  | "followUp"
  | "personalFollowUp"
  | "strictTerms"
  | "intensiveFollowUp"
  | "noBalance"
  | "recentProblems"
  | "lowPropensity"
  | "newCustomer"
  | "highPropensity"
  | "mediumPropensity"
  | "notYetIssued";

/** The treatments the presets give. */
export type StrategyKey =
  | "noAction"
  | "applyCredit"
  | "proactive"
  | "waitUntilDue"
  | "friendlyReminder"
  | "automate"
  | "firmReminder"
  | "call"
  | "intensive"
  | "finalNotice"
  | "legal"
  | "protect"
  | "strictTerms"
  | "dispute"
  | "promise"
  | "brokenPromise"
  | "findContact"
  | "welcome"
  | "notYetIssued";

export interface PresetTexts {
  readonly segments: Readonly<Record<PresetSegment, string>>;
  /** A strategy's action and message (its channel and tone are words of their own). */
  readonly strategies: Readonly<Record<StrategyKey, { readonly action: string; readonly message: string }>>;
  /** A configuration's `name` as each preset gives it. */
  readonly names: Readonly<Record<"collections" | "aging" | "behaviour" | "risk-value" | "new-and-problem-customers", string>>;
}

export interface SummaryTexts {
  /** The summary sheet's name, and its hidden PivotTable data sheet's (each at most 31 characters). */
  readonly sheetName: string;
  readonly pivotDataSheet: string;
  /** The PivotTable source's columns: Segment, Aging Bucket, Open Balance. */
  readonly pivotHeaders: readonly [segment: string, bucket: string, openBalance: string];
  /** The name of the PivotTable's count field. */
  readonly pivotCount: string;
  readonly kpis: Readonly<Record<KpiLine["key"], string>>;
  readonly asOf: string;
  readonly title: string;
  readonly segment: string;
  readonly priority: string;
  readonly rows: string;
  readonly invoices: string;
  readonly openBalance: string;
  readonly share: string;
  readonly shareOfTotal: string;
  readonly total: string;
  readonly keyFigures: string;
  readonly rowsSegmented: string;
  readonly currency: string;
  readonly openAR: string;
  readonly overdueAR: string;
  readonly totalARIn: (currency: string) => string;
  readonly overdueARIn: (currency: string) => string;
  readonly bucketCount: (bucket: string) => string;
  readonly bucketBalance: (bucket: string) => string;
  readonly totalCount: string;
  readonly totalBalance: string;
  readonly shareOfAR: string;
  readonly chartTitle: string;
  readonly formulasNote: (asOf: string, sheet: string) => string;
  readonly valuesNote: (asOf: string) => string;
  readonly engineNote: string;
  readonly howRead: string;
  /** The sentence after the formulas note when the sheet has a PivotTable, and the PivotTable's caption. */
  readonly pivotNote: string;
  readonly pivotCaption: string;
  /** The PivotTable's own captions (Row Labels, Grand Total, Count of …), and its name. */
  readonly pivot: {
    readonly name: string;
    readonly rowLabels: string;
    readonly columnLabels: string;
    readonly grandTotal: string;
    readonly values: string;
    countOf(field: string): string;
    sumOf(field: string): string;
    totalOf(dataField: string): string;
  };
  readonly noPriority: string;
}

export interface RunTexts {
  readonly language: Language;
  readonly outputHeaders: OutputHeaderTexts;
  /** The words among the aging bucket labels ("1-30" and "90+" are the same in every language). */
  readonly buckets: { readonly current: string; readonly paid: string };
  readonly channels: Readonly<Record<Channel, string>>;
  readonly tones: Readonly<Record<Tone, string>>;
  /** A number as a Reason writes it (thousands grouped, at most two decimals). */
  number(value: number): string;
  /** A date as a Reason writes it. */
  date(iso: string): string;
  readonly blank: string;
  readonly yes: string;
  readonly no: string;
  /** A built-in field as a Reason names it: English keeps the rule language's names (DaysPastDue); Spanish and Portuguese write words. */
  readonly fields: Readonly<Record<ConditionFieldName, string>>;
  /** A built-in field as the task pane's field picker shows it, in words ("Days past due", "Días de atraso"). */
  readonly fieldLabels: Readonly<Record<ConditionFieldName, string>>;
  /** The rule language's keywords as a Reason writes a condition (English writes the condition as typed). */
  readonly words: ConditionWords;
  readonly reasons: ReasonTexts;
  readonly presets: PresetTexts;
  readonly summary: SummaryTexts;
  /** What a run read and every guess it made. */
  readonly reading: ReadingTexts;
  /** Numbers and dates in a summary table (the command line's), in the language's conventions. */
  readonly formats: TableFormats;
  /** The command line's lines after a run. */
  readonly cli: CliTexts;
  /** The Backtest and Compare sheets, and the task pane's "Check the rules". */
  readonly backtest: BacktestTexts;
}

export interface CliTexts {
  readonly openARByCurrency: string;
  overdue(amount: string): string;
  segmented(rows: string, sheet: string, output: string): string;
  summaryJson(file: string): string;
  skipped(issue: string): string;
}
