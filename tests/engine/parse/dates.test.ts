import fc from "fast-check";
import { BLANK, INVALID } from "../../../src/engine/cell";
import type { CellValue } from "../../../src/engine/cell";
import {
  addMonths,
  detectDateOrder,
  isoFromSerial,
  parseDateCell,
  serialFromIso,
  serialFromUtcDate,
  todayIso,
  utcDateFromSerial,
} from "../../../src/engine/parse/dates";
import type { DateOrder } from "../../../src/engine/parse/dates";

const MAR_31_2026 = 46112;
const iso = (value: CellValue, order: DateOrder = "DMY", date1904 = false): string | symbol => {
  const parsed = parseDateCell(value, order, date1904);
  return typeof parsed === "number" ? isoFromSerial(parsed) : parsed;
};

describe("serials and the 1900 leap-year quirk", () => {
  it("reads serial 59 as 1900-02-28 and 61 as 1900-03-01", () => {
    expect(isoFromSerial(59)).toBe("1900-02-28");
    expect(isoFromSerial(61)).toBe("1900-03-01");
    expect(serialFromIso("1900-02-28")).toBe(59);
    expect(serialFromIso("1900-03-01")).toBe(61);
  });

  it("counts serials 1..59 from 1899-12-31", () => {
    expect(isoFromSerial(1)).toBe("1900-01-01");
    expect(isoFromSerial(31)).toBe("1900-01-31");
    expect(serialFromIso("1900-01-01")).toBe(1);
  });

  it("rejects Excel's fictitious 29 Feb 1900 (serial 60) and reads it as the 28th when asked", () => {
    expect(parseDateCell(60, "DMY", false)).toBe(INVALID);
    expect(serialFromIso("1900-02-29")).toBeUndefined();
    expect(isoFromSerial(60)).toBe("1900-02-28");
  });

  it("matches Excel for a recent date", () => {
    expect(serialFromIso("2026-03-31")).toBe(MAR_31_2026);
    expect(isoFromSerial(45658)).toBe("2025-01-01");
  });

  it("round-trips every date from 1900-03-01 to 2200 through its serial", () => {
    const first = serialFromIso("1900-03-01")!;
    const last = serialFromIso("2200-12-31")!;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (serial) => {
        expect(serialFromIso(isoFromSerial(serial))).toBe(serial);
      }),
    );
  });

  it("agrees with JavaScript's UTC calendar from 1900-03-01 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const date = utcDateFromSerial(serial);
        expect(date.toISOString().slice(0, 10)).toBe(isoFromSerial(serial));
        expect(serialFromUtcDate(date)).toBe(serial);
      }),
    );
  });

  it("converts UTC dates before March 1900 around the missing leap day", () => {
    expect(serialFromUtcDate(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(serialFromUtcDate(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(utcDateFromSerial(59).toISOString()).toBe("1900-02-28T00:00:00.000Z");
  });

  it("rejects malformed ISO text", () => {
    for (const text of ["2026-3-31", "2026/03/31", "31-03-2026", "2026-13-01", "2026-02-29", "abcd-ef-gh"]) {
      expect(serialFromIso(text)).toBeUndefined();
    }
    expect(serialFromIso("2024-02-29")).toBeDefined();
  });
});

describe("parseDateCell on numbers and Date objects", () => {
  it("reads numbers as serials and drops the time of day", () => {
    expect(parseDateCell(MAR_31_2026, "DMY", false)).toBe(MAR_31_2026);
    expect(parseDateCell(MAR_31_2026 + 0.75, "MDY", false)).toBe(MAR_31_2026);
  });

  it("adds 1462 days to serials of the 1904 system", () => {
    expect(parseDateCell(1, "DMY", true)).toBe(serialFromIso("1904-01-02"));
    expect(iso(MAR_31_2026 - 1462, "DMY", true)).toBe("2026-03-31");
    expect(iso(`${MAR_31_2026 - 1462}`, "DMY", true)).toBe("2026-03-31");
  });

  it("reads 0 and all-zero text as no date, in both date systems", () => {
    // An empty cell reaches a custom function as 0 on Excel desktop; SAP writes "no clearing date" as 00000000.
    for (const cell of [0, "0", "00000000", " 0000000 "]) {
      expect(parseDateCell(cell, "DMY", false)).toBe(BLANK);
      expect(parseDateCell(cell, "MDY", true)).toBe(BLANK);
    }
  });

  it("reads whole numbers from 19000101 as YYYYMMDD", () => {
    expect(iso(20200326, "DMY", false)).toBe("2020-03-26");
    expect(iso("20200326.0", "DMY", false)).toBe("2020-03-26");
    expect(parseDateCell(20201331, "DMY", false)).toBe(INVALID);
  });

  it("rejects serials Excel cannot show and non-finite numbers", () => {
    for (const n of [-5, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseDateCell(n, "DMY", false)).toBe(INVALID);
    }
    expect(parseDateCell(2958465, "DMY", false)).toBe(2958465);
  });

  it("reads a Date by its UTC calendar day", () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 31)), "MDY", false)).toBe(MAR_31_2026);
    expect(parseDateCell(new Date(Date.UTC(2026, 2, 31, 18, 30)), "MDY", false)).toBe(MAR_31_2026);
    expect(parseDateCell(new Date(Number.NaN), "DMY", false)).toBe(INVALID);
    expect(parseDateCell(new Date(Date.UTC(1899, 0, 1)), "DMY", false)).toBe(INVALID);
  });

  it("treats empty cells as blank and booleans as invalid", () => {
    expect(parseDateCell(null, "DMY", false)).toBe(BLANK);
    expect(parseDateCell(undefined, "DMY", false)).toBe(BLANK);
    expect(parseDateCell("   ", "DMY", false)).toBe(BLANK);
    expect(parseDateCell("-", "DMY", false)).toBe(BLANK);
    expect(parseDateCell(true, "DMY", false)).toBe(INVALID);
  });
});

describe("parseDateCell on text", () => {
  it.each([
    ["2026-03-31"],
    ["2026-03-31T00:00:00"],
    ["2026-03-31 00:00:00"],
    ["2026-03-31T00:00:00.000Z"],
    ["2026/03/31"],
    ["20260331"],
    ["46112"],
    [" 46112.5 "],
  ])("reads %p whatever the order", (text) => {
    for (const order of ["DMY", "MDY", "YMD"] as const) expect(iso(text, order)).toBe("2026-03-31");
  });

  it.each([["31/03/2026"], ["31-03-2026"], ["31.03.2026"], ["31/3/26"], ["31/03/2026 14:30"]])("reads %p day first", (text) => {
    expect(iso(text, "DMY")).toBe("2026-03-31");
  });

  it("reads numbers-only dates in the order asked", () => {
    expect(iso("03/04/2026", "DMY")).toBe("2026-04-03");
    expect(iso("03/04/2026", "MDY")).toBe("2026-03-04");
    expect(iso("03/31/2026", "MDY")).toBe("2026-03-31");
    expect(iso("26/03/31", "YMD")).toBe("2026-03-31");
  });

  it("falls back to day first when YMD meets a year written last", () => {
    expect(iso("31/03/2026", "YMD")).toBe("2026-03-31");
  });

  it("puts two-digit years below 50 in the 2000s and the rest in the 1900s", () => {
    expect(iso("01/02/49")).toBe("2049-02-01");
    expect(iso("01/02/50")).toBe("1950-02-01");
    expect(iso("01/02/00")).toBe("2000-02-01");
  });

  it.each([
    ["31 Mar 2026"],
    ["Mar 31, 2026"],
    ["March 31, 2026"],
    ["31-mar-2026"],
    ["31-MAR-26"],
    ["Tuesday, March 31, 2026"],
    ["31 de marzo de 2026"],
    ["31 de março de 2026"],
    ["31 DE MARÇO DE 2026"],
    ["31 marco 2026"],
    ["2026 Mar 31"],
  ])("reads the month name in %p", (text) => {
    expect(iso(text, "MDY")).toBe("2026-03-31");
    expect(iso(text, "DMY")).toBe("2026-03-31");
  });

  it.each([
    ["15 ene 2026", "2026-01-15"],
    ["15 jan 2026", "2026-01-15"],
    ["15 fev 2026", "2026-02-15"],
    ["15 abr 2026", "2026-04-15"],
    ["15 mai 2026", "2026-05-15"],
    ["15 ago 2026", "2026-08-15"],
    ["15 set 2026", "2026-09-15"],
    ["15 sept 2026", "2026-09-15"],
    ["15 setiembre 2026", "2026-09-15"],
    ["15 out 2026", "2026-10-15"],
    ["15 dic 2026", "2026-12-15"],
    ["15 dez 2026", "2026-12-15"],
    ["15-Dec-25", "2025-12-15"],
    ["1 de fevereiro de 2026", "2026-02-01"],
  ])("knows the month in %p", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ["31/02/2026"],
    ["29/02/2025"],
    ["32/01/2026"],
    ["00/01/2026"],
    ["31 Feb 2026"],
    ["13/13/2026"],
    ["2026-02-30"],
    ["March 2026"],
    ["31/03"],
    ["31/03/2026/01"],
    ["hello"],
    ["31 Foo 2026"],
    ["12:30"],
    ["31/03/126"],
    ["1.5e3"],
    ["$46112"],
  ])("rejects %p", (text) => {
    expect(parseDateCell(text, "DMY", false)).toBe(INVALID);
  });

  it("accepts 29 February in leap years only", () => {
    expect(iso("29/02/2024")).toBe("2024-02-29");
    expect(iso("29/02/2100")).toBe(INVALID);
    expect(iso("29/02/2000")).toBe("2000-02-29");
  });

  it("reads back what it formats, in each order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const [y, m, d] = isoFromSerial(serial).split("-");
        expect(parseDateCell(`${d}/${m}/${y}`, "DMY", false)).toBe(serial);
        expect(parseDateCell(`${m}/${d}/${y}`, "MDY", false)).toBe(serial);
        expect(parseDateCell(`${y}-${m}-${d}`, "MDY", false)).toBe(serial);
      }),
    );
  });
});

describe("addMonths", () => {
  const move = (from: string, months: number): string => isoFromSerial(addMonths(serialFromIso(from)!, months));

  it("moves by calendar months and clamps to the month's end", () => {
    expect(move("2026-01-15", 1)).toBe("2026-02-15");
    expect(move("2026-03-31", -1)).toBe("2026-02-28");
    expect(move("2024-03-31", -1)).toBe("2024-02-29");
    expect(move("2026-10-31", -6)).toBe("2026-04-30");
    expect(move("2026-11-30", 3)).toBe("2027-02-28");
    expect(move("2026-01-31", -13)).toBe("2024-12-31");
    expect(move("2026-05-05", 0)).toBe("2026-05-05");
  });

  it("lands in the month asked for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_900_000 }), fc.integer({ min: -600, max: 600 }), (serial, months) => {
        const [y, m] = isoFromSerial(serial).split("-").map(Number);
        const [y2, m2] = isoFromSerial(addMonths(serial, months)).split("-").map(Number);
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(months);
      }),
    );
  });
});

describe("todayIso", () => {
  it("gives the local calendar date", () => {
    expect(todayIso(new Date(2026, 9, 31, 23, 59))).toBe("2026-10-31");
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe("2026-01-01");
  });
});

describe("detectDateOrder", () => {
  it("says DMY when a first part is above 12", () => {
    expect(detectDateOrder(["01/02/2026", "25/02/2026", null])).toBe("DMY");
  });

  it("says MDY when a second part is above 12", () => {
    expect(detectDateOrder(["02/01/2026", "02/25/2026", 46112])).toBe("MDY");
  });

  it("is undecided when no sample decides or evidence is split evenly", () => {
    expect(detectDateOrder(["01/02/2026", "03/04/2026"])).toBeUndefined();
    expect(detectDateOrder([46112, new Date(), "2026-03-31", "31 Mar 2026"])).toBeUndefined();
    expect(detectDateOrder(["25/02/2026", "02/25/2026"])).toBeUndefined();
    expect(detectDateOrder([])).toBeUndefined();
  });

  it("follows the majority when samples disagree", () => {
    expect(detectDateOrder(["25/02/2026", "26/02/2026", "02/25/2026"])).toBe("DMY");
  });
});
