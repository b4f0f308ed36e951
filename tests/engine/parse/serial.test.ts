import fc from "fast-check";
import { daysInMonth, isValidYmd, serialFromYmd, ymdFromSerial } from "../../../src/engine/parse/serial";

describe("calendar helpers", () => {
  it("knows the length of each month, leap years included", () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("accepts only dates that exist within Excel's range", () => {
    expect(isValidYmd(2026, 3, 31)).toBe(true);
    expect(isValidYmd(2026, 4, 31)).toBe(false);
    expect(isValidYmd(1899, 12, 31)).toBe(false);
    expect(isValidYmd(10000, 1, 1)).toBe(false);
    expect(isValidYmd(2026, 0, 1)).toBe(false);
  });

  it("maps the first and last days Excel shows", () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(9999, 12, 31)).toBe(2958465);
  });

  it("numbers consecutive days with consecutive serials after February 1900", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
        const { year, month, day } = ymdFromSerial(serial);
        expect(serialFromYmd(year, month, day)).toBe(serial);
        const next = ymdFromSerial(serial + 1);
        const sameMonth = next.month === month && next.day === day + 1;
        const newMonth = next.day === 1 && day === daysInMonth(year, month);
        expect(sameMonth || newMonth).toBe(true);
      }),
    );
  });
});
