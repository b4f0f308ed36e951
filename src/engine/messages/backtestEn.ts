/** The Backtest and Compare sheets' words, in English. */
import type { BacktestTexts } from "./backtestTypes";
import { fixedNumber } from "./numbers";

const money = (value: number) => fixedNumber(value, 2, ",", ".");
const count = (value: number) => fixedNumber(value, 0, ",", ".");
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export const backtestEn: BacktestTexts = {
  sheetName: "Backtest",
  compareSheetName: "Compare",
  dateFormat: "yyyy-mm-dd",
  title: "Backtest: does the priority find the invoices that needed a collector?",
  headline: (h) =>
    `${h.policy} on sheet "${h.sheet}": ${plural(h.snapshots, "snapshot", "snapshots")} from ${h.first} to ${h.last}, ` +
    `and what happened in the ${h.horizonDays} days after each (the ledger's history reaches ${h.historyEnd}).`,
  rankingHeading: "How well the priority ranks",
  auc: "AUC",
  aucWords: (auc) => {
    if (auc === null) return "No open invoice needed a collector, or every one did: there is no ranking to measure.";
    const verdict =
      auc < 0.5 ? " Worse than chance: working in this order finds the ones that need a call later than a random order would." : "";
    return `The priority puts the accounts that needed a collector first ${Math.round(auc * 10)} times in 10 (0.50 is a coin toss).${verdict}`;
  },
  unneededCalls: "Calls not needed",
  callWords: (calls) =>
    calls.share === null
      ? "No strategy sent a person (Phone, Visit) to an open invoice."
      : `${count(calls.paidWithinWeek)} of the ${plural(calls.invoices, "invoice", "invoices")} a strategy sent a person to (Phone, Visit) ${calls.paidWithinWeek === 1 ? "was" : "were"} paid within ${calls.windowDays} days anyway.`,
  paidWithin: (days) => `Paid within ${days} days`,
  paidWords: (paid, open) => `${money(paid)} of an open balance of ${money(open)}.`,
  pooledHeading: "All snapshots together",
  columns: {
    snapshot: "Snapshot date",
    segment: "Segment",
    priority: "Priority",
    openInvoices: "Open invoices",
    openBalance: "Open balance",
    paidBalance: "Paid balance",
    collectionRate: "Collection rate",
    neededInvoices: "Needed a collector",
    neededBalance: "Needed balance",
  },
  total: "Total",
  noPriority: "-",
  liftHeading: "Lift: the open balance worked in priority order",
  liftStep: (share) => (share >= 1 ? "All" : `First ${Math.round(share * 100)}%`),
  lift: {
    worked: "Open balance worked",
    found: "Needed balance found",
    lift: "Lift",
    random: "Random order",
  },
  chart: {
    title: "Needed balance found, working in priority order",
    categoryAxis: "Share of the open balance worked",
    valueAxis: "Share of the needed balance found",
  },
  snapshotsHeading: "Each snapshot",
  snapshotSegmentsHeading: "Each snapshot, by segment",
  leftOut: {
    undated: "Left out: no invoice date",
    paidOnUnknownDay: "Left out: paid on an unknown day",
    noAmount: "Left out: no amount",
  },
  notesHeading: "What the figures mean",
  notes: (h, w) => [
    "Snapshot: a past day, such as a month-end. The invoices open that day get the Segment and Priority the rules give them from what was known that day (rows dated later and later payments are left out).",
    `Paid within ${h} days: paid on or before the snapshot date plus ${h} days. Collection rate: that paid balance ÷ the open balance.`,
    `Needed a collector: still unpaid ${h} days after the snapshot although it fell due by then.`,
    "AUC: the chance that an invoice that needed a collector has a more urgent priority than one that did not (a tie counts one half; invoices without a priority are left out). 0.50 is a coin toss, 1.00 a perfect ranking.",
    "Lift: work the open balance in priority order, priority 1 first. The table shows the share of the needed balance found in the first 10%, 20%, … of it; the lift is that share ÷ the share worked (1.00× is what a random order finds). Within one priority no invoice goes first.",
    `Calls not needed: among the invoices whose strategy sends a person (Phone, Visit), the share paid within ${w} days anyway.`,
    "All snapshots together adds the snapshots up: an invoice open at three snapshot dates counts three times, as a collector would meet it three times.",
    "History shows what happened under what the team did then, not what a call would have changed: a segment that was paid may have been paid because the team chased it.",
  ],
  compare: {
    title: (a, b) => `Compare: ${a} (A) and ${b} (B)`,
    headline: (sheet, asOf) =>
      `On sheet "${sheet}", as of ${asOf}: where each invoice goes from A's segments to B's, and whose priority changes.`,
    movesInvoices: "Invoices: A's segment down, B's segment across",
    movesBalance: "Open balance: A's segment down, B's segment across",
    corner: "A ↓  B →",
    priorityHeading: "Priority under B",
    rose: "More urgent",
    fell: "Less urgent",
    same: "Unchanged",
    invoices: "Invoices",
    openBalance: "Open balance",
    sideBySide: (n, first, last, h) =>
      `Backtests side by side: ${plural(n, "snapshot", "snapshots")} from ${first} to ${last}, what happened in the ${h} days after each`,
    found: (side) => `${side}: needed balance found`,
    liftOf: (side) => `${side}: lift`,
    pooledOf: (side, policy) => `${side}, ${policy}: all snapshots together`,
    changesHeading: (shown, total) =>
      shown < total
        ? `Invoices whose priority changes: the ${count(shown)} largest open balances of ${count(total)}`
        : `Invoices whose priority changes (${count(total)})`,
    changeColumns: {
      row: "Row",
      customer: "Customer",
      openBalance: "Open balance",
      daysPastDue: "Days past due",
      firstSegment: "Segment under A",
      firstPriority: "Priority under A",
      secondSegment: "Segment under B",
      secondPriority: "Priority under B",
      change: "Under B",
    },
    noChanges: "No invoice's priority changes.",
    notes: [
      "Both configurations segment the same rows as of the same date (B runs as of A's date).",
      "More urgent: B gives a lower priority number, or a priority where A gave none. Less urgent: the other way round.",
      "The invoices counted are those a summary counts (not those issued after the date); open balances are as of the date.",
    ],
  },
  pane: {
    heading: "Check the rules",
    intro:
      "What these rules would have done on this ledger's own past: at each date, whom they put first, and who then still needed a collector.",
    dates: "Snapshot dates",
    datesHint: "YYYY-MM-DD, separated by commas: the last six month-ends the ledger covers to start with.",
    horizon: "Days to watch after each date",
    check: "Check the rules",
    checking: "Checking…",
    compareWith: "Compare with…",
    compareNothing: "Nothing",
    savedRules: "The rules saved in the workbook",
    theseRules: "These rules",
    preset: (name) => `The "${name}" preset`,
    perSegment: "What happened next, by segment",
    chartLabel: "Share of the balance that needed a collector found, working the open balance in priority order",
    whoMoves: "Who moves",
    movesWords: (rose, fell) =>
      `${plural(rose.invoices, "invoice", "invoices")} (${money(rose.balance)}) become more urgent, ` +
      `${plural(fell.invoices, "invoice", "invoices")} (${money(fell.balance)}) less urgent.`,
    writeSheet: "Write a Backtest sheet",
    writing: "Writing…",
    written: (sheet) => `Written to the sheet "${sheet}".`,
    badDate: (text) => `"${text}" is not a date: write it as YYYY-MM-DD.`,
    badHorizon: (max) => `The days to watch are a whole number from 1 to ${max}.`,
    noLedger: "Open a sheet with invoice, due and paid dates to check the rules on its history.",
  },
};
