import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ICONS, makeIcons, renderGlyph } from "../../scripts/make-icons";
import { readPngSize } from "../../scripts/validate/png";

const ASSETS = path.resolve(__dirname, "../../assets");

describe("make-icons", () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-icons-"));
    makeIcons(out);
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("writes PNGs whose size is the one in their name", () => {
    for (const [file, , size] of ICONS) {
      expect(readPngSize(fs.readFileSync(path.join(out, file)))).toEqual({ width: size, height: size });
    }
  });

  it("reproduces the committed assets byte for byte", () => {
    for (const [file] of ICONS) {
      expect(fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(ASSETS, file)))).toBe(true);
    }
  });

  it("draws a different glyph for each ribbon button", () => {
    const pixels = ["segment", "configure", "refresh", "app"].map((g) => renderGlyph(g, 32).toString("hex"));
    expect(new Set(pixels).size).toBe(4);
  });

  it("leaves the background of button icons transparent", () => {
    for (const glyph of ["segment", "configure", "refresh"]) {
      const rgba = renderGlyph(glyph, 32);
      const corner = rgba[32 * 32 * 4 - 1]; // alpha of the bottom-right pixel
      expect(corner).toBe(0);
    }
  });
});
