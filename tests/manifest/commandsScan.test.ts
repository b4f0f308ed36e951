import { associatedIn, stripComments } from "../../scripts/validate/commandsScan";
import { readPngSize } from "../../scripts/validate/png";
import { encodePng } from "../../scripts/make-icons";

describe("associatedIn", () => {
  it("finds ids in double, single and template quotes", () => {
    const source = `
      Office.actions.associate("segmentActiveSheet", onSegment);
      Office.actions.associate( 'refreshSummary' , onRefresh);
      Office.actions.associate(\`showPane\`, onShow);`;
    expect(associatedIn(source)).toEqual(["segmentActiveSheet", "refreshSummary", "showPane"]);
  });

  it("ignores calls inside comments", () => {
    const source = `
      // Office.actions.associate("lineComment", f);
      /* Office.actions.associate("blockComment", f); */
      Office.actions.associate("real", f);`;
    expect(associatedIn(source)).toEqual(["real"]);
  });

  it("keeps string contents that look like comments", () => {
    expect(stripComments('const u = "https://x"; // note')).toBe('const u = "https://x"; ');
  });

  it("does not take a variable as an id", () => {
    expect(associatedIn("Office.actions.associate(name, f);")).toEqual([]);
  });
});

describe("readPngSize", () => {
  it("reads width and height from the IHDR chunk", () => {
    expect(readPngSize(encodePng(3, 2, Buffer.alloc(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
  });

  it("returns null for bytes that are not a PNG", () => {
    expect(readPngSize(Buffer.from("GIF89a............................"))).toBeNull();
  });
});
