import { findOwnColumns, ownFieldsAt, withoutOwnColumns, withoutOwnFields } from "../../../src/files/csv/ownColumns";

describe("own output columns in a csv", () => {
  it("finds the five csv output headers, or six with Aging Bucket", () => {
    expect(findOwnColumns(["Customer", "Segment", "Priority", "Strategy", "Score", "Reason"])).toEqual({ at: 1, width: 5, headerWidth: 6 });
    expect(findOwnColumns(["C", "Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket", "x"])).toEqual({
      at: 1,
      width: 6,
      headerWidth: 8,
    });
    expect(findOwnColumns(["Customer", "Segment", "Amount"])).toBeUndefined();
  });

  it("cuts them out of a record", () => {
    expect(withoutOwnColumns(["a", "s", "p", "st", "sc", "r", "z"], { at: 1, width: 5, headerWidth: 7 })).toEqual(["a", "z"]);
    expect(withoutOwnColumns(["title"], { at: 1, width: 5, headerWidth: 7 })).toEqual(["title"]);
  });

  it("cuts them out of a record's raw text and keeps every other field's bytes", () => {
    const own = { at: 1, width: 5, headerWidth: 7 };
    expect(withoutOwnFields('a,"x,y",p,st,sc,r,"z"', ",", own)).toBe('a,"z"');
    expect(withoutOwnFields('\'+1 555,Late,1,"Phone, then mail",40,"Rule 1 ""x""", tail ', ",", own)).toBe("'+1 555, tail ");
    expect(withoutOwnFields("a;s;p;st;sc;r", ";", own)).toBe("a");
    expect(withoutOwnFields("title", ",", own)).toBe("title");
    expect(withoutOwnFields("s,p,st,sc,r,z", ",", { at: 0, width: 5, headerWidth: 6 })).toBe("z");
    expect(withoutOwnFields("a,s,p", ",", own)).toBe("a");
  });

  it("finds them at the end of a record wider than its header, where csv → csv appended them", () => {
    const own = { at: 2, width: 5, headerWidth: 7 };
    expect(ownFieldsAt(7, own)).toBe(2);
    expect(ownFieldsAt(9, own)).toBe(4);
    // A header with a column right of the output columns: every record has them under their headers.
    expect(ownFieldsAt(9, { ...own, headerWidth: 8 })).toBe(2);
    expect(withoutOwnColumns(["a", "b", "x", "y", "s", "p", "st", "sc", "r"], own)).toEqual(["a", "b", "x", "y"]);
    expect(withoutOwnFields('a,b,x,"y,z",s,p,st,sc,r', ",", own)).toBe('a,b,x,"y,z"');
  });
});
