import { bucketIndex, bucketLabels, GRADES, gradeIndex, ok, serialFromIso, type Result } from "../../engine";
import { readDate, readEdges, readNumber } from "./arguments";
import { asMatrix, scalarOf } from "./inputs";
import { errorFor, type ErrorFactory, type FunctionProblem } from "./problems";

/** One cell of a function's result: a value, "" for a blank input, or the host's error value. */
export type OutCell<E> = string | number | E;
export type OutMatrix<E> = OutCell<E>[][];

/**
 * Applies `f` to every cell of a matrix argument (a scalar is a 1×1 matrix), so
 * a range in gives a range of the same shape out; a cell's problem becomes that
 * cell's error and the other cells still get their values.
 */
export function mapCells<E>(
  value: unknown,
  f: (cell: unknown) => Result<string | number, FunctionProblem>,
  errors: ErrorFactory<E>,
): OutMatrix<E> {
  return asMatrix(value).map((row) =>
    row.map((cell) => {
      const result = f(cell);
      return result.ok ? result.value : errorFor(result.error, errors);
    }),
  );
}

/** The as-of serial: the argument, or today when it is omitted or an empty cell. */
function asOfSerial(asOf: unknown, today: string, date1904: boolean): Result<number, FunctionProblem> {
  const read = readDate(scalarOf(asOf), "asOf", "auto", date1904);
  if (!read.ok) return read;
  return ok(read.value ?? serialFromIso(today)!);
}

/**
 * Whole days from `dueDate` to `asOf` (today when omitted): positive when
 * overdue, 0 on the due date, negative before it. Blank due dates (0 included,
 * Excel desktop's empty cell) give "". In a 1904-system workbook (`date1904`)
 * date serials are read in that system.
 *
 * @example daysPastDue([[46112]], "2026-04-10", "2026-05-01", err) //=> [[10]]
 */
export function daysPastDue<E>(dueDate: unknown, asOf: unknown, today: string, errors: ErrorFactory<E>, date1904 = false): OutMatrix<E> {
  const at = asOfSerial(asOf, today, date1904);
  if (!at.ok) return [[errorFor(at.error, errors)]];
  return mapCells(
    dueDate,
    (cell) => {
      const due = readDate(cell, "dueDate", "auto", date1904);
      if (!due.ok) return due;
      return ok(due.value === null ? "" : at.value - due.value);
    },
    errors,
  );
}

/**
 * The aging bucket of a due date: "Current" up to the first edge, then
 * "1-30", "31-60", "61-90", "90+" with the default edges 0, 30, 60, 90.
 *
 * @example agingBucket([[46112]], "2026-05-15", undefined, "2026-05-15", err) //=> [["31-60"]]
 */
export function agingBucket<E>(
  dueDate: unknown,
  asOf: unknown,
  edges: unknown,
  today: string,
  errors: ErrorFactory<E>,
  date1904 = false,
): OutMatrix<E> {
  const at = asOfSerial(asOf, today, date1904);
  if (!at.ok) return [[errorFor(at.error, errors)]];
  const readEdgesResult = readEdges(edges);
  if (!readEdgesResult.ok) return [[errorFor(readEdgesResult.error, errors)]];
  const cuts = readEdgesResult.value;
  const labels = bucketLabels(cuts);
  return mapCells(
    dueDate,
    (cell) => {
      const due = readDate(cell, "dueDate", "auto", date1904);
      if (!due.ok) return due;
      return ok(due.value === null ? "" : labels[bucketIndex(at.value - due.value, cuts)]);
    },
    errors,
  );
}

/**
 * The payment grade of an amount-weighted average of days late, on the
 * behaviour preset's scale: A ≤ 30 < B ≤ 60 < C ≤ 90 < D. Blank gives "".
 *
 * @example grade([[17.8], [75]], err) //=> [["A"], ["C"]]
 */
export function grade<E>(avgDaysLate: unknown, errors: ErrorFactory<E>): OutMatrix<E> {
  return mapCells(
    avgDaysLate,
    (cell) => {
      const days = readNumber(cell, "avgDaysLate");
      if (!days.ok) return days;
      return ok(days.value === null ? "" : GRADES[gradeIndex(days.value)]);
    },
    errors,
  );
}
