import { serialFromIso } from "../../../src/engine";
import { agingBucket, daysPastDue, grade } from "../../../src/functions/logic/agingFunctions";
import { testErrors } from "./errorValue";

const TODAY = "2026-05-15";
const day = (iso: string): number => serialFromIso(iso)!;

describe("daysPastDue", () => {
  it("counts whole days from the due date to the as-of date, negative before it is due", () => {
    expect(daysPastDue([[day("2026-03-31")]], "2026-04-10", TODAY, testErrors)).toEqual([[10]]);
    expect(daysPastDue([[day("2026-04-20")]], "2026-04-10", TODAY, testErrors)).toEqual([[-10]]);
    expect(daysPastDue([[day("2026-04-10")]], day("2026-04-10"), TODAY, testErrors)).toEqual([[0]]);
  });

  it("counts to today when asOf is omitted", () => {
    expect(daysPastDue(day("2026-05-01"), undefined, TODAY, testErrors)).toEqual([[14]]);
    expect(daysPastDue(day("2026-05-01"), null, TODAY, testErrors)).toEqual([[14]]);
    expect(daysPastDue(day("2026-05-01"), "", TODAY, testErrors)).toEqual([[14]]);
  });

  it("reads text dates and gives a range of the same shape, blanks as empty cells", () => {
    const dues = [
      ["2026-05-01", "13/05/2026"],
      ["", day("2026-05-20")],
      [null, "May 5, 2026"],
    ];
    expect(daysPastDue(dues, undefined, TODAY, testErrors)).toEqual([
      [14, 2],
      ["", -5],
      ["", 10],
    ]);
  });

  it("gives a #VALUE! cell naming the input for a bad due date, and the other cells their values", () => {
    expect(daysPastDue([["2026-05-01"], ["next week"], ["#N/A"]], undefined, TODAY, testErrors)).toEqual([
      [14],
      [
        {
          code: "invalidValue",
          message: 'dueDate: "next week" is not a date. Give a date cell, a date serial number or text such as 2026-03-31.',
        },
      ],
      [{ code: "notAvailable", message: "dueDate holds the error #N/A; fix that cell first." }],
    ]);
  });

  it("gives one #VALUE! for a bad as-of date", () => {
    expect(daysPastDue([[1], [2]], "04/03/2026", TODAY, testErrors)).toEqual([
      [
        {
          code: "invalidValue",
          message: 'asOf: "04/03/2026" can be read day-first or month-first. Write it as YYYY-MM-DD or use a date cell.',
        },
      ],
    ]);
  });
});

describe("agingBucket", () => {
  it("labels buckets with the default edges", () => {
    const dues = [
      [day("2026-05-20")],
      [day("2026-05-15")],
      [day("2026-05-14")],
      [day("2026-04-15")],
      [day("2026-04-14")],
      [day("2026-02-14")],
      [day("2026-02-13")],
    ];
    expect(agingBucket(dues, undefined, undefined, TODAY, testErrors)).toEqual([
      ["Current"],
      ["Current"],
      ["1-30"],
      ["1-30"],
      ["31-60"],
      ["61-90"],
      ["90+"],
    ]);
  });

  it("takes edges from a range or an array constant", () => {
    expect(agingBucket([[day("2026-04-15"), day("2026-01-01")]], TODAY, [[0, 15, 45]], TODAY, testErrors)).toEqual([["16-45", "45+"]]);
    expect(agingBucket(day("2026-04-15"), TODAY, [[0], [60]], TODAY, testErrors)).toEqual([["1-60"]]);
  });

  it("gives one #VALUE! for bad edges", () => {
    expect(agingBucket([[1]], TODAY, [[0, 60, 30]], TODAY, testErrors)).toEqual([
      [{ code: "invalidValue", message: "edges (0, 60, 30): each edge must be greater than the one before it. Example: {0,30,60,90}." }],
    ]);
  });
});

describe("grade", () => {
  it("grades on the A ≤ 30 < B ≤ 60 < C ≤ 90 < D scale", () => {
    expect(
      grade(
        [
          [-3, 17.8, 30],
          [30.1, 60, 61],
          [90, 90.5, 400],
        ],
        testErrors,
      ),
    ).toEqual([
      ["A", "A", "A"],
      ["B", "B", "C"],
      ["C", "D", "D"],
    ]);
  });

  it("gives empty cells for blanks and #VALUE! for text", () => {
    expect(grade([[""], [null], ["late"]], testErrors)).toEqual([
      [""],
      [""],
      [{ code: "invalidValue", message: 'avgDaysLate: "late" is not a number.' }],
    ]);
  });

  it("accepts a scalar", () => {
    expect(grade(45, testErrors)).toEqual([["B"]]);
  });
});
