import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compareVersions, neededSets } from "../../scripts/validate/requirementsScan";

describe("neededSets", () => {
  it("raises each set to the version of the newest API the sources use, ignoring comments", () => {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-req-"));
    fs.mkdirSync(path.join(src, "functions"), { recursive: true });
    fs.mkdirSync(path.join(src, "excel"), { recursive: true });
    fs.writeFileSync(path.join(src, "functions", "f.ts"), "const e = new CustomFunctions.Error(code);\n// invocation.parameterAddresses\n");
    fs.writeFileSync(path.join(src, "excel", "e.ts"), "sheet.getRangeByIndexes(0, 0, 1, 1);\n");
    const needed = neededSets(src);
    expect(Object.fromEntries([...needed].map(([set, v]) => [set, v.version]))).toEqual({
      SharedRuntime: "1.1",
      CustomFunctionsRuntime: "1.2",
      ExcelApi: "1.7",
    });
    fs.rmSync(src, { recursive: true, force: true });
  });

  it("compares versions part by part", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.3", "1.3")).toBe(0);
  });
});
