import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads the input and every option, with values after a space or =", () => {
    const parsed = parseArgs([
      "in.xlsx",
      "--sheet",
      "AR Ledger",
      "--preset=aging",
      "--as-of",
      "2025-06-30",
      "--level",
      "customer",
      "--out",
      "o.csv",
      "--summary-json",
      "s.json",
      "--skip-bad-rows",
      "--overwrite",
      "--map",
      "dueDate=Vencto",
      "--map=phone=",
      "--map",
      "Credit Limit=Cupo",
      "-q",
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: {
        input: "in.xlsx",
        sheet: "AR Ledger",
        preset: "aging",
        config: undefined,
        asOf: "2025-06-30",
        level: "customer",
        out: "o.csv",
        summaryJson: "s.json",
        mapping: { dueDate: "Vencto", phone: "", creditLimit: "Cupo" },
        skipBadRows: true,
        overwrite: true,
        quiet: true,
        help: false,
        version: false,
      },
    });
  });

  it("accepts --help and --version without an input", () => {
    expect(parseArgs(["--help"])).toMatchObject({ ok: true, value: { help: true } });
    expect(parseArgs(["-v"])).toMatchObject({ ok: true, value: { version: true } });
  });

  it("takes an input that starts with a dash after --", () => {
    expect(parseArgs(["--", "-odd.csv"])).toMatchObject({ ok: true, value: { input: "-odd.csv" } });
  });

  it("lets a value start with a single dash", () => {
    expect(parseArgs(["in.xlsx", "--sheet", "-2024"])).toMatchObject({ ok: true, value: { sheet: "-2024" } });
  });

  it("refuses unknown options, missing values and repeated options", () => {
    expect(parseArgs(["in.csv", "--fast"])).toEqual({ ok: false, error: { kind: "unknownOption", option: "--fast" } });
    expect(parseArgs(["in.csv", "--sheet"])).toEqual({ ok: false, error: { kind: "missingValue", option: "--sheet" } });
    expect(parseArgs(["in.csv", "--sheet", "--overwrite"])).toEqual({ ok: false, error: { kind: "missingValue", option: "--sheet" } });
    expect(parseArgs(["in.csv", "--out="])).toEqual({ ok: false, error: { kind: "missingValue", option: "--out" } });
    expect(parseArgs(["in.csv", "--out", "a.csv", "--out", "b.csv"])).toEqual({
      ok: false,
      error: { kind: "repeatedOption", option: "--out" },
    });
    expect(parseArgs(["in.csv", "--overwrite=yes"])).toEqual({ ok: false, error: { kind: "unknownOption", option: "--overwrite=yes" } });
  });

  it("refuses a second input, no input, --preset with --config, and a bad level", () => {
    expect(parseArgs(["a.csv", "b.csv"])).toEqual({ ok: false, error: { kind: "extraArgument", argument: "b.csv" } });
    expect(parseArgs([])).toEqual({ ok: false, error: { kind: "missingInput" } });
    expect(parseArgs(["a.csv", "--preset", "aging", "--config", "c.json"])).toEqual({
      ok: false,
      error: { kind: "conflictingOptions", first: "--preset", second: "--config" },
    });
    expect(parseArgs(["a.csv", "--level", "row"])).toEqual({
      ok: false,
      error: { kind: "badValue", option: "--level", value: "row", allowed: ["invoice", "customer"] },
    });
  });

  it("refuses a --map that names no field, has no '=', or maps a field twice", () => {
    expect(parseArgs(["in.csv", "--map", "dueDat=Vencto"])).toMatchObject({ ok: false, error: { kind: "badValue", option: "--map" } });
    expect(parseArgs(["in.csv", "--map", "dueDate"])).toMatchObject({ ok: false, error: { kind: "badValue", option: "--map" } });
    expect(parseArgs(["in.csv", "--map", "dueDate=A", "--map", "due date=B"])).toMatchObject({
      ok: false,
      error: { kind: "repeatedOption", option: "--map dueDate" },
    });
  });
});
