import { readDate, readEdges, readNumber } from "../../../src/functions/logic/arguments";
import { serialFromIso } from "../../../src/engine";

const MAR_31 = serialFromIso("2026-03-31")!;

describe("readDate", () => {
  it("reads serials, ISO text, day-first and month-first text when they are unambiguous", () => {
    expect(readDate(MAR_31, "dueDate")).toEqual({ ok: true, value: MAR_31 });
    expect(readDate(MAR_31 + 0.75, "dueDate")).toEqual({ ok: true, value: MAR_31 }); // a time of day is dropped
    expect(readDate("2026-03-31", "dueDate")).toEqual({ ok: true, value: MAR_31 });
    expect(readDate("31/03/2026", "dueDate")).toEqual({ ok: true, value: MAR_31 });
    expect(readDate("03/31/2026", "dueDate")).toEqual({ ok: true, value: MAR_31 });
    expect(readDate("31 de marzo de 2026", "dueDate")).toEqual({ ok: true, value: MAR_31 });
    expect(readDate("05/05/2026", "dueDate")).toEqual({ ok: true, value: serialFromIso("2026-05-05") });
  });

  it("gives null for blanks and omitted arguments", () => {
    for (const blank of ["", "  ", null, undefined, "-"]) expect(readDate(blank, "asOf")).toEqual({ ok: true, value: null });
  });

  it("refuses a text date that reads differently day-first and month-first", () => {
    expect(readDate("04/03/2026", "asOf")).toEqual({ ok: false, error: { kind: "ambiguousDate", argument: "asOf", text: "04/03/2026" } });
  });

  it("follows a fixed date order when one is given", () => {
    expect(readDate("04/03/2026", "asOf", "DMY")).toEqual({ ok: true, value: serialFromIso("2026-03-04") });
    expect(readDate("04/03/2026", "asOf", "MDY")).toEqual({ ok: true, value: serialFromIso("2026-04-03") });
  });

  it("reports text that is no date, booleans and error values", () => {
    expect(readDate("soon", "dueDate")).toEqual({ ok: false, error: { kind: "badDate", argument: "dueDate", text: "soon" } });
    expect(readDate("31/02/2026", "dueDate").ok).toBe(false);
    expect(readDate(true, "dueDate")).toEqual({ ok: false, error: { kind: "badDate", argument: "dueDate", text: "true" } });
    expect(readDate({ code: "#N/A" }, "dueDate")).toEqual({ ok: false, error: { kind: "errorInput", argument: "dueDate", error: "#N/A" } });
  });
});

describe("readNumber", () => {
  it("reads numbers and numeric text, blanks as null", () => {
    expect(readNumber(17.8, "avgDaysLate")).toEqual({ ok: true, value: 17.8 });
    expect(readNumber(" 17.5 ", "avgDaysLate")).toEqual({ ok: true, value: 17.5 });
    expect(readNumber("", "avgDaysLate")).toEqual({ ok: true, value: null });
    expect(readNumber(null, "avgDaysLate")).toEqual({ ok: true, value: null });
  });

  it("reports text that is not a number", () => {
    expect(readNumber("late", "avgDaysLate")).toEqual({ ok: false, error: { kind: "badNumber", argument: "avgDaysLate", text: "late" } });
    expect(readNumber(false, "avgDaysLate").ok).toBe(false);
  });
});

describe("readEdges", () => {
  it("defaults to 0, 30, 60, 90", () => {
    expect(readEdges(undefined)).toEqual({ ok: true, value: [0, 30, 60, 90] });
    expect(readEdges(null)).toEqual({ ok: true, value: [0, 30, 60, 90] });
  });

  it("reads a row, a column or an array constant, skipping blanks", () => {
    expect(readEdges([[0, 15, 45]])).toEqual({ ok: true, value: [0, 15, 45] });
    expect(readEdges([[0], [30], [""], [120]])).toEqual({ ok: true, value: [0, 30, 120] });
  });

  it("refuses edges the configuration would refuse", () => {
    expect(readEdges([[0, 30.5]])).toMatchObject({ ok: false, error: { kind: "badEdges", detail: "notWhole" } });
    expect(readEdges([[0, -5]])).toMatchObject({ ok: false, error: { kind: "badEdges", detail: "notWhole" } });
    expect(readEdges([[0, "thirty"]])).toMatchObject({ ok: false, error: { kind: "badEdges", detail: "notWhole" } });
    expect(readEdges([[30, 60]])).toMatchObject({ ok: false, error: { kind: "badEdges", detail: "firstNotZero" } });
    expect(readEdges([[0, 60, 30]])).toMatchObject({ ok: false, error: { kind: "badEdges", detail: "notAscending" } });
    expect(readEdges([Array.from({ length: 13 }, (_, k) => k * 10)])).toMatchObject({
      ok: false,
      error: { kind: "badEdges", detail: "tooMany" },
    });
  });
});
