/**
 * Every word the Backtest and Compare sheets write, for one language (the
 * `backtest` section of RunTexts). Dates reach these functions as
 * YYYY-MM-DD and are written the language's way.
 */
import type { PersonCalls } from "../backtest/ranking";

/** What a backtest's headline names. */
export interface BacktestHeadline {
  /** The configuration, as a person calls it ('the "aging" preset'). */
  readonly policy: string;
  readonly sheet: string;
  readonly snapshots: number;
  readonly first: string;
  readonly last: string;
  readonly horizonDays: number;
  /** How far the ledger's history reaches. */
  readonly historyEnd: string;
}

/** The headers of a table of segments' outcomes (the "paid within N days" header is `paidWithin`). */
export interface OutcomeColumns {
  readonly snapshot: string;
  readonly segment: string;
  readonly priority: string;
  readonly openInvoices: string;
  readonly openBalance: string;
  readonly paidBalance: string;
  readonly collectionRate: string;
  readonly neededInvoices: string;
  readonly neededBalance: string;
}

export interface CompareTexts {
  /** The sheet's title: the two configurations, as a person calls them. */
  title(first: string, second: string): string;
  headline(sheet: string, asOf: string): string;
  readonly movesInvoices: string;
  readonly movesBalance: string;
  /** The corner cell of the moves matrix: A's segments down, B's across. */
  readonly corner: string;
  readonly priorityHeading: string;
  readonly rose: string;
  readonly fell: string;
  readonly same: string;
  readonly invoices: string;
  readonly openBalance: string;
  sideBySide(snapshots: number, first: string, last: string, horizonDays: number): string;
  /** A lift table's column for one side ("A"): the needed balance it finds, and its lift. */
  found(side: string): string;
  liftOf(side: string): string;
  /** The heading over one side's pooled table. */
  pooledOf(side: string, policy: string): string;
  changesHeading(shown: number, total: number): string;
  readonly changeColumns: {
    readonly row: string;
    readonly customer: string;
    readonly openBalance: string;
    readonly daysPastDue: string;
    readonly firstSegment: string;
    readonly firstPriority: string;
    readonly secondSegment: string;
    readonly secondPriority: string;
    readonly change: string;
  };
  readonly noChanges: string;
  readonly notes: readonly string[];
}

export interface BacktestTexts {
  /** The sheets' names (at most 31 characters each). */
  readonly sheetName: string;
  readonly compareSheetName: string;
  /** The number format of the sheets' date cells. */
  readonly dateFormat: string;
  readonly title: string;
  headline(headline: BacktestHeadline): string;
  readonly rankingHeading: string;
  readonly auc: string;
  /** The AUC in words: "puts the accounts that needed a collector first 7 times in 10". */
  aucWords(auc: number | null): string;
  readonly unneededCalls: string;
  callWords(calls: PersonCalls): string;
  /** "Paid within 30 days": a line's label and a table's header. */
  paidWithin(days: number): string;
  paidWords(paid: number, open: number): string;
  readonly pooledHeading: string;
  readonly columns: OutcomeColumns;
  readonly total: string;
  /** A segment without a priority. */
  readonly noPriority: string;
  readonly liftHeading: string;
  /** A lift table's category: the first share of the open balance worked ("First 10%", "All"). */
  liftStep(share: number): string;
  readonly lift: {
    readonly worked: string;
    readonly found: string;
    readonly lift: string;
    readonly random: string;
  };
  readonly chart: { readonly title: string; readonly categoryAxis: string; readonly valueAxis: string };
  readonly snapshotsHeading: string;
  readonly snapshotSegmentsHeading: string;
  readonly leftOut: { readonly undated: string; readonly paidOnUnknownDay: string; readonly noAmount: string };
  readonly notesHeading: string;
  /** What the figures mean, one sentence a line. */
  notes(horizonDays: number, callDays: number): readonly string[];
  readonly compare: CompareTexts;
  readonly pane: CheckRulesTexts;
}

/** The task pane's "Check the rules" section. */
export interface CheckRulesTexts {
  readonly heading: string;
  readonly intro: string;
  readonly dates: string;
  readonly datesHint: string;
  readonly horizon: string;
  readonly check: string;
  readonly checking: string;
  readonly compareWith: string;
  readonly compareNothing: string;
  /** The rules saved in the workbook, as a choice of "compare with…". */
  readonly savedRules: string;
  /** The rules being edited, as the first side of a comparison. */
  readonly theseRules: string;
  /** A preset, as a choice of "compare with…". */
  preset(name: string): string;
  readonly perSegment: string;
  readonly chartLabel: string;
  readonly whoMoves: string;
  /** "34 invoices (12,300.00) move to a more urgent priority". */
  movesWords(
    rose: { readonly invoices: number; readonly balance: number },
    fell: { readonly invoices: number; readonly balance: number },
  ): string;
  readonly writeSheet: string;
  readonly writing: string;
  written(sheet: string): string;
  readonly badDate: (text: string) => string;
  badHorizon(max: number): string;
  readonly noLedger: string;
}
