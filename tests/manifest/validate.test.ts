import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateManifest, type ManifestCheck } from "../../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const original = fs.readFileSync(MANIFEST, "utf8");

let tmp: string;
let fixtureSrc: string;

/** A src/ whose commands associate both ribbon actions, as src/commands/commands.ts must. */
function writeFixtureSrc(dir: string): void {
  fs.mkdirSync(path.join(dir, "commands"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "commands", "commands.ts"),
    [
      'Office.actions.associate("segmentActiveSheet", (event: Office.AddinCommands.Event) => event.completed());',
      "Office.actions.associate('refreshSummary', (event: Office.AddinCommands.Event) => event.completed());",
    ].join("\n"),
  );
}

function writeManifest(name: string, xml: string): string {
  const file = path.join(tmp, `${name}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

/** Replaces exactly one occurrence, so a test can't pass because its mutation missed. */
function mutate(search: string, replacement: string, xml = original): string {
  const at = xml.indexOf(search);
  if (at === -1) throw new Error(`mutation target not found: ${search}`);
  return xml.slice(0, at) + replacement + xml.slice(at + search.length);
}

const failedIds = (checks: ManifestCheck[]) => checks.filter((c) => !c.ok).map((c) => c.id);

async function failuresOf(name: string, xml: string): Promise<{ ids: string[]; checks: ManifestCheck[] }> {
  const result = await validateManifest({ manifestPath: writeManifest(name, xml), srcDir: fixtureSrc });
  expect(result.ok).toBe(false);
  return { ids: failedIds(result.checks), checks: result.checks };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-validate-"));
  fixtureSrc = path.join(tmp, "src");
  writeFixtureSrc(fixtureSrc);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("validateManifest on the real manifest", () => {
  it("passes every check when the commands associate both ribbon actions", async () => {
    const result = await validateManifest({ manifestPath: MANIFEST, srcDir: fixtureSrc });
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => c.id)).toEqual([
      "wellFormed",
      "residsDefined",
      "runtimesFirst",
      "runtimeResid",
      "noTaskpaneId",
      "requirements",
      "commandsAssociated",
      "uniqueIds",
      "namespace",
      "oneOrigin",
      "buildUrls",
      "iconSizes",
      "jsonConversion",
      "jsonSchema",
    ]);
  });

  // The contract `npm run validate` enforces: the manifest and the real src/commands agree.
  it("passes every check against the project's own src/", async () => {
    const result = await validateManifest({ manifestPath: MANIFEST, srcDir: path.join(ROOT, "src") });
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe("validateManifest on broken manifests", () => {
  it("reports a resid that Resources does not define", async () => {
    const { ids, checks } = await failuresOf(
      "undefined-resid",
      mutate('<Label resid="Segment.Label" />', '<Label resid="Segment.Missing" />'),
    );
    expect(ids).toEqual(["residsDefined"]);
    expect(checks.find((c) => c.id === "residsDefined")?.detail).toContain('"Segment.Missing"');
  });

  it("reports a resid defined in the wrong Resources group", async () => {
    // A button label must be a ShortString; Segment.Tooltip is a LongString.
    const { ids } = await failuresOf("wrong-kind", mutate('<Label resid="Segment.Label" />', '<Label resid="Segment.Tooltip" />'));
    expect(ids).toEqual(["residsDefined"]);
  });

  it("reports <Runtimes> that is not the first child of the Workbook host", async () => {
    const runtimes = '<Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long" />\n        </Runtimes>';
    const withoutRuntimes = mutate(runtimes, "");
    const moved = mutate("</AllFormFactors>", `</AllFormFactors>\n        ${runtimes}`, withoutRuntimes);
    const { ids, checks } = await failuresOf("runtimes-not-first", moved);
    expect(ids).toEqual(["runtimesFirst"]);
    expect(checks.find((c) => c.id === "runtimesFirst")?.detail).toContain("<AllFormFactors>");
  });

  it("reports a FunctionFile that names another runtime resid", async () => {
    let xml = mutate('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />');
    // Defined and pointing at a real page, so only the shared-runtime rule is broken.
    xml = mutate("<bt:Urls>", '<bt:Urls>\n        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/taskpane.html" />', xml);
    const { ids, checks } = await failuresOf("functionfile-resid", xml);
    expect(ids).toEqual(["runtimeResid"]);
    expect(checks.find((c) => c.id === "runtimeResid")?.detail).toContain('<FunctionFile> uses "Commands.Url"');
  });

  it("reports an ExecuteFunction name that no command associates", async () => {
    const { ids, checks } = await failuresOf(
      "unassociated",
      mutate("<FunctionName>refreshSummary</FunctionName>", "<FunctionName>refreshAll</FunctionName>"),
    );
    expect(ids).toEqual(["commandsAssociated"]);
    expect(checks.find((c) => c.id === "commandsAssociated")?.detail).toContain('"refreshAll"');
  });

  it("reports a URL on another host", async () => {
    const { ids, checks } = await failuresOf(
      "other-host",
      mutate('"https://localhost:3000/functions.js"', '"https://cdn.example.com/functions.js"'),
    );
    expect(ids).toEqual(["oneOrigin"]);
    expect(checks.find((c) => c.id === "oneOrigin")?.detail).toContain("https://cdn.example.com/functions.js");
  });

  it("reports a TaskpaneId on a ShowTaskpane action", async () => {
    const xml = mutate(
      '<Action xsi:type="ShowTaskpane">',
      '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>ButtonId1</TaskpaneId>',
    );
    const { ids } = await failuresOf("taskpane-id", xml);
    expect(ids).toEqual(["noTaskpaneId"]);
  });

  it("reports a custom functions namespace other than ARSEG", async () => {
    const { ids } = await failuresOf("namespace", mutate('DefaultValue="ARSEG"', 'DefaultValue="CONTOSO"'));
    expect(ids).toEqual(["namespace"]);
  });

  it("reports a URL that the build does not produce", async () => {
    const { ids } = await failuresOf(
      "no-such-file",
      mutate('"https://localhost:3000/functions.json"', '"https://localhost:3000/metadata.json"'),
    );
    expect(ids).toEqual(["buildUrls"]);
  });

  it("reports an icon whose PNG size differs from the size the manifest declares", async () => {
    const xml = mutate(
      '<bt:Image id="Segment.80x80" DefaultValue="https://localhost:3000/assets/icon-segment-80.png" />',
      '<bt:Image id="Segment.80x80" DefaultValue="https://localhost:3000/assets/icon-segment-32.png" />',
    );
    const { ids, checks } = await failuresOf("icon-size", xml);
    expect(ids).toEqual(["iconSizes"]);
    expect(checks.find((c) => c.id === "iconSizes")?.detail).toContain("is 32x32, expected 80x80");
  });

  it("reports a missing SharedRuntime requirement", async () => {
    const { ids } = await failuresOf("requirements", mutate('<Set Name="SharedRuntime" MinVersion="1.1" />', ""));
    expect(ids).toEqual(["requirements"]);
  });

  it("reports a CustomFunctionsRuntime below what the functions use (Error 1.2, parameterAddresses 1.3)", async () => {
    const xml = mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.3" />', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1" />');
    const result = await validateManifest({ manifestPath: writeManifest("cfr-1.1", xml), srcDir: path.join(ROOT, "src") });
    expect(failedIds(result.checks)).toEqual(["requirements"]);
    expect(result.checks.find((c) => c.id === "requirements")?.detail).toContain(
      "Invocation.parameterAddresses (CustomFunctionsRuntime 1.3)",
    );
  });

  it("reports a manifest without the ExcelApi set the adapter needs", async () => {
    const xml = mutate('<Set Name="ExcelApi" MinVersion="1.7" />', "");
    const result = await validateManifest({ manifestPath: writeManifest("no-excelapi", xml), srcDir: path.join(ROOT, "src") });
    expect(failedIds(result.checks)).toEqual(["requirements"]);
    expect(result.checks.find((c) => c.id === "requirements")?.detail).toContain('no <Set Name="ExcelApi" MinVersion="1.7">');
  });

  it("reports a manifest the converter rejects", async () => {
    const { ids, checks } = await failuresOf("bad-id", mutate("<Id>c67a619d-3f54-477c-a797-c3ab9bdfb822</Id>", "<Id>not-a-guid</Id>"));
    expect(ids).toEqual(["jsonConversion", "jsonSchema"]);
    expect(checks.find((c) => c.id === "jsonSchema")?.detail).toMatch(/^not run/);
  });

  it("reports JSON schema errors: v1.17 does not know the getStartedMessages that <GetStarted> becomes", async () => {
    const result = await validateManifest({ manifestPath: MANIFEST, srcDir: fixtureSrc, schemaVersion: "1.17" });
    expect(failedIds(result.checks)).toEqual(["jsonSchema"]);
    expect(result.checks.find((c) => c.id === "jsonSchema")?.detail).toContain("getStartedMessages");
  });

  it("reports XML that does not parse and runs no other check", async () => {
    const { ids, checks } = await failuresOf("malformed", mutate("</Resources>", "</Resourcez>"));
    expect(ids).toHaveLength(checks.length);
    expect(checks.find((c) => c.id === "residsDefined")?.detail).toMatch(/^not run/);
  });
});

describe("validateManifest against a finished build", () => {
  it("reports files missing from the build folder", async () => {
    const dist = path.join(tmp, "dist-empty");
    fs.mkdirSync(dist, { recursive: true });
    const result = await validateManifest({ manifestPath: MANIFEST, srcDir: fixtureSrc, distDir: dist });
    expect(failedIds(result.checks)).toEqual(["buildUrls", "iconSizes"]);
  });
});
