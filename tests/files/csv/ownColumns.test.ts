import { findOwnColumns, withoutOwnColumns, withoutOwnFields } from "../../../src/files/csv/ownColumns";

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

  it("cuts them out of a record's raw text and keeps every other field's bytes", () => {
    const own = { at: 1, width: 5 };
    expect(withoutOwnFields('a,"x,y",p,st,sc,r,"z"', ",", own)).toBe('a,"z"');
    expect(withoutOwnFields('\'+1 555,Late,1,"Phone, then mail",40,"Rule 1 ""x""", tail ', ",", own)).toBe("'+1 555, tail ");
    expect(withoutOwnFields("a;s;p;st;sc;r", ";", own)).toBe("a");
    expect(withoutOwnFields("title", ",", own)).toBe("title");
    expect(withoutOwnFields("s,p,st,sc,r,z", ",", { at: 0, width: 5 })).toBe("z");
    expect(withoutOwnFields("a,s,p", ",", own)).toBe("a");
  });
});
