import { cellAddress, columnLetters } from "./address";
import type { Ledger } from "./ledger/ledger";
import type { LedgerBuilder } from "./ledger/ledgerBuilder";
import { FIELDS } from "./fields";
import { isoFromSerial, serialFromIso } from "./parse";
import type { AsOfSource, FieldRead, ReadingNote, ReadingReport, SheetColumn } from "./reading";
import type { SheetHeader } from "./sheetHeader";
import type { DateOrderChoice } from "./sheetNeeds";

/** Today is "far after" the ledger when its latest date is more than this many days before. */
export const STALE_DAYS = 60;

export interface ReadingFacts {
  readonly sheet: string;
  readonly origin: { readonly top: number; readonly left: number };
  readonly sheetHeader: SheetHeader;
  readonly dateOrder: DateOrderChoice;
  readonly builder: LedgerBuilder;
  readonly ledger: Ledger;
  readonly asOf: { readonly text: string; readonly source: AsOfSource };
  readonly today: string;
}

/**
 * What a run read, from the header reading, the ledger and the as-of choice
 * (see ReadingReport).
 *
 * @example readingReport(facts).fields[0] //=> { field: "customer", letter: "A", header: "Customer", how: "detected" }
 */
export function readingReport(facts: ReadingFacts): ReadingReport {
  const { sheetHeader, origin, builder, ledger } = facts;
  const { detection, layout } = sheetHeader;
  const headers = detection.headers;
  const column = (c: number): SheetColumn => ({ letter: columnLetters(origin.left + c), header: headers[c] });
  const fields = FIELDS.flatMap((field): FieldRead[] => {
    const use = detection.used.find((u) => u.field === field);
    if (use) return [{ field, how: use.how, ...column(use.column) }];
    // With no balance column the invoice amount is the open balance too: say so.
    const borrowed = field === "balance" ? detection.columns.balance : undefined;
    return borrowed !== undefined ? [{ field, how: "amount" as const, ...column(borrowed) }] : [];
  });
  const notes: ReadingNote[] = [];
  const latest = latestDate(ledger);
  const today = serialFromIso(facts.today);
  if (facts.asOf.source.kind === "today" && latest !== undefined && today !== undefined && today - latest > STALE_DAYS) {
    notes.push({ kind: "asOfFarAfterData", latest: isoFromSerial(latest), today: facts.today });
  }
  const statusColumn = detection.columns.status ?? detection.columns.documentType;
  if (builder.unknownStatus.size > 0 && statusColumn !== undefined) {
    const values = [...builder.unknownStatus.entries()].map(([text, rows]) => ({ text, rows })).sort((a, b) => b.rows - a.rows);
    notes.push({ kind: "unknownStatus", column: column(statusColumn), values: values.slice(0, 10) });
  }
  return {
    sheet: facts.sheet,
    headerRow: origin.top + sheetHeader.row + 1,
    layout: layout.kind,
    fields,
    left: detection.left.map((l) => ({ field: l.field, rule: l.rule, ...column(l.column), used: column(l.used) })),
    ignored: detection.ignored.map((i) => ({
      field: i.field,
      ...column(i.column),
      reason:
        i.reason.kind === "forecast"
          ? { kind: "forecast" as const }
          : {
              kind: "contradicts" as const,
              found: i.reason.found,
              cell: cellAddress(origin.top + sheetHeader.row + 1 + i.reason.row, origin.left + i.column),
              text: i.reason.text,
            },
    })),
    buckets: layout.kind === "agingSummary" ? layout.buckets.map((b) => ({ ...column(b.column), lowerEdge: b.lowerEdge })) : [],
    asOf: { date: facts.asOf.text, source: facts.asOf.source },
    dateOrder: facts.dateOrder.matters ? { order: facts.dateOrder.order, how: facts.dateOrder.how } : undefined,
    headingRows: builder.excluded.filter((e) => e.reason === "heading").length,
    carriedCustomers: builder.carriedRows,
    notes,
  };
}

/** The latest due, invoice or paid date of the ledger, as a day serial. */
function latestDate(ledger: Ledger): number | undefined {
  let latest = -Infinity;
  for (const field of ["dueDate", "invoiceDate", "paidDate"] as const) {
    const values = ledger.numbers[field];
    if (!values) continue;
    for (let i = 0; i < values.length; i++) if (values[i] > latest) latest = values[i];
  }
  return latest === -Infinity ? undefined : latest;
}
