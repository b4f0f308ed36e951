import { datesEvery, isoFromSerial, lastMonthEnds, serialFromIso } from "../../../src/engine";
import type { Ledger } from "../../../src/engine/ledger/ledger";

const day = (iso: string) => serialFromIso(iso)!;
const isos = (dates: number[]) => dates.map(isoFromSerial);

describe("snapshot dates every month, quarter or number of days", () => {
  it("step from month-end to month-end when the first date is a month-end", () => {
    expect(isos(datesEvery(day("2024-01-31"), day("2024-05-31"), { kind: "months", months: 1 }))).toEqual([
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
      "2024-05-31",
    ]);
  });

  it("keep the day of the month otherwise, where the month has it", () => {
    expect(isos(datesEvery(day("2025-01-30"), day("2025-04-29"), { kind: "months", months: 1 }))).toEqual([
      "2025-01-30",
      "2025-02-28",
      "2025-03-30",
    ]);
  });

  it("go a quarter at a time", () => {
    expect(isos(datesEvery(day("2024-03-31"), day("2025-03-31"), { kind: "months", months: 3 }))).toEqual([
      "2024-03-31",
      "2024-06-30",
      "2024-09-30",
      "2024-12-31",
      "2025-03-31",
    ]);
  });

  it("go a number of days at a time, the last date included", () => {
    expect(isos(datesEvery(day("2025-01-01"), day("2025-01-29"), { kind: "days", days: 14 }))).toEqual([
      "2025-01-01",
      "2025-01-15",
      "2025-01-29",
    ]);
  });

  it("are none when the first date is after the last", () => {
    expect(datesEvery(day("2025-02-01"), day("2025-01-01"), { kind: "days", days: 1 })).toEqual([]);
  });

  it("stop one past the limit, so a caller can tell a range is too long", () => {
    expect(datesEvery(day("2020-01-01"), day("2030-01-01"), { kind: "days", days: 1 }, 10)).toHaveLength(11);
  });
});

describe("the last month-ends the ledger's history covers", () => {
  const ledgerWith = (invoiceDates: string[], paidDates: string[]): Ledger =>
    ({
      numbers: { invoiceDate: Float64Array.from(invoiceDates.map(day)), paidDate: Float64Array.from(paidDates.map(day)) },
    }) as unknown as Ledger;

  it("end a horizon before the latest invoice or paid date, and start at the first invoice", () => {
    const ledger = ledgerWith(["2024-10-15", "2025-03-02"], ["2025-07-20"]); // 20 July − 30 days = 20 June: May is the last month-end
    expect(isos(lastMonthEnds(ledger, 6, 30))).toEqual([
      "2024-12-31",
      "2025-01-31",
      "2025-02-28",
      "2025-03-31",
      "2025-04-30",
      "2025-05-31",
    ]);
    expect(isos(lastMonthEnds(ledger, 12, 30))).toEqual([
      "2024-10-31",
      "2024-11-30",
      "2024-12-31",
      "2025-01-31",
      "2025-02-28",
      "2025-03-31",
      "2025-04-30",
      "2025-05-31",
    ]);
  });

  it("take the month-end itself when the history reaches exactly a horizon past it", () => {
    expect(isos(lastMonthEnds(ledgerWith(["2025-01-01"], ["2025-07-30"]), 1, 30))).toEqual(["2025-06-30"]);
    expect(isos(lastMonthEnds(ledgerWith(["2025-01-01"], ["2025-07-29"]), 1, 30))).toEqual(["2025-05-31"]);
  });
});
