import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateManifest } from "../../scripts/validate-manifest";

// One real development build (a few seconds) into a temp folder: what Excel will load.
const ROOT = path.resolve(__dirname, "../..");
let out: string;
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-build-"));
  out = path.join(tmp, "dist");
  const cli = require.resolve("webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [cli, "--mode", "development", "--output-path", out], { cwd: ROOT, stdio: "pipe" });
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("development build", () => {
  it("loads office.js first, then the runtime, functions, commands and task pane bundles", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const scripts = Array.from(html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g), (m) => m[1]);
    expect(scripts.slice(0, 1)).toEqual(["office-js/office.js"]);
    const bundles = scripts.slice(1).filter((s) => ["runtime.js", "functions.js", "commands.js", "taskpane.js"].includes(s));
    expect(bundles).toEqual(["runtime.js", "functions.js", "commands.js", "taskpane.js"]);
  });

  it("serves office.js with the files it fetches beside itself", () => {
    for (const file of ["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js", "excel-web-16.00.js"]) {
      expect(fs.existsSync(path.join(out, "office-js", file))).toBe(true);
    }
  });

  it("copies the manifest unchanged and writes functions.json", () => {
    expect(fs.readFileSync(path.join(out, "manifest.xml"), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    expect(fs.existsSync(path.join(out, "functions.json"))).toBe(true);
  });

  it("produces every file the manifest points at, with icons at their declared sizes", async () => {
    // src/ from the project, except the associate check, which validate.test.ts covers.
    const result = await validateManifest({
      manifestPath: path.join(out, "manifest.xml"),
      srcDir: path.join(ROOT, "src"),
      distDir: out,
    });
    const failed = result.checks.filter((c) => !c.ok && c.id !== "commandsAssociated");
    expect(failed).toEqual([]);
  });
});
