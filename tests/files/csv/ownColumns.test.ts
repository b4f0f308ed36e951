import { findOwnColumns, withoutOwnColumns } from "../../../src/files/csv/ownColumns";

describe("own output columns in a csv", () => {
  it("finds the five csv output headers, or six with Aging Bucket", () => {
    expect(findOwnColumns(["Customer", "Segment", "Priority", "Strategy", "Score", "Reason"])).toEqual({ at: 1, width: 5 });
    expect(findOwnColumns(["C", "Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket", "x"])).toEqual({ at: 1, width: 6 });
    expect(findOwnColumns(["Customer", "Segment", "Amount"])).toBeUndefined();
  });

  it("cuts them out of a record", () => {
    expect(withoutOwnColumns(["a", "s", "p", "st", "sc", "r", "z"], { at: 1, width: 5 })).toEqual(["a", "z"]);
    expect(withoutOwnColumns(["title"], { at: 1, width: 5 })).toEqual(["title"]);
  });
});
