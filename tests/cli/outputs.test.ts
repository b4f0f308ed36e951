import { promises as fs } from "fs";
import { AtomicOutputs } from "../../src/cli/atomicOutput";
import { run, smallCsv, useTempDir, writeText, expectOnlyReading } from "./support";

const temp = useTempDir();
const { at, files } = temp;

const LEDGER = smallCsv([
  ["Acme", "A-1", "200", "2025-06-01"],
  ["Beta", "A-2", "100", "2025-07-20"],
]);

async function ledger(): Promise<string> {
  return writeText(at("in.csv"), LEDGER);
}

/** A dead process id: one past the highest this machine hands out is never running. */
async function deadPid(): Promise<number> {
  const max = Number((await fs.readFile("/proc/sys/kernel/pid_max", "utf8")).trim());
  return max + 1;
}

describe("temporary output files", () => {
  it("cannot be guessed: links planted at the names an earlier version would use are never followed", async () => {
    const input = await ledger();
    const victim = await writeText(at("victim.txt"), "precious\n");
    for (let n = 0; n < 4; n++) await fs.symlink(victim, at(`.out.csv.${process.pid}.${n}.arseg-tmp`));
    expect((await run(input, "--out", at("out.csv"))).code).toBe(0);
    expect(await fs.readFile(victim, "utf8")).toBe("precious\n");
  });

  it("are created with the mode of the file they replace", async () => {
    const input = await ledger();
    const out = await writeText(at("out.csv"), "old\n");
    await fs.chmod(out, 0o640);
    expect((await run(input, "--out", out)).code).toBe(0);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o640);
    expect(await fs.readFile(out, "utf8")).toContain("Segment");
  });

  it("left by a killed run are removed by the next run to the same place; a live run's and other files' are kept", async () => {
    const input = await ledger();
    const stale = await writeText(at(`.out.csv.${await deadPid()}.${"a".repeat(32)}.arseg-tmp`), "17 MB of nothing");
    const live = await writeText(at(`.out.csv.${process.pid}.${"b".repeat(32)}.arseg-tmp`), "a run still writing");
    const other = await writeText(at(`.other.csv.${await deadPid()}.${"c".repeat(32)}.arseg-tmp`), "another output's");
    expect((await run(input, "--out", at("out.csv"))).code).toBe(0);
    const left = await files();
    expect(left).not.toContain(stale.slice(temp.path().length + 1));
    expect(left).toContain(live.slice(temp.path().length + 1));
    expect(left).toContain(other.slice(temp.path().length + 1));
  });
});

describe("an output that must not be replaced", () => {
  it("is a symbolic link: refused with a message, the link and what it points at unchanged", async () => {
    const input = await ledger();
    const real = await writeText(at("real.csv"), "mine\n");
    await fs.symlink(real, at("out.csv"));
    const { code, stderr } = await run(input, "--out", at("out.csv"));
    expect(code).toBe(2);
    expect(stderr).toBe(
      `arseg: Output "${at("out.csv")}" is a symbolic link (to "${real}"). Outputs are never written through a link or over one: name the file itself with --out, or remove the link. Nothing was written.\n`,
    );
    expect((await fs.lstat(at("out.csv"))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, "utf8")).toBe("mine\n");
  });

  it("is read-only: refused, its content and mode kept", async () => {
    const input = await ledger();
    const out = await writeText(at("out.csv"), "protected\n");
    await fs.chmod(out, 0o444);
    const { code, stderr } = await run(input, "--out", out);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `arseg: Output file "${out}" is read-only, so it is not replaced. Make it writable or choose another --out. Nothing was written.\n`,
    );
    expect(await fs.readFile(out, "utf8")).toBe("protected\n");
    expect((await fs.stat(out)).mode & 0o777).toBe(0o444);
  });

  it("is a folder: refused before anything is written, the other output kept", async () => {
    const input = await ledger();
    const out = await writeText(at("out.csv"), "yesterday's output\n");
    await fs.mkdir(at("summary.json"));
    const { code, stderr } = await run(input, "--out", out, "--summary-json", at("summary.json"));
    expect(code).toBe(2);
    expect(stderr).toBe(
      `arseg: Output "${at("summary.json")}" is a folder or a device, not a file. Choose a file name. Nothing was written.\n`,
    );
    expect(await fs.readFile(out, "utf8")).toBe("yesterday's output\n");
    expect(await files()).toEqual(["in.csv", "out.csv", "summary.json"]);
  });

  it("is named twice: --out and --summary-json naming the same file says so", async () => {
    const input = await ledger();
    const { code, stderr } = await run(input, "--out", at("x.json.csv"), "--summary-json", at("x.json"));
    expect(code).toBe(0);
    expectOnlyReading(stderr);
    const same = await run(input, "--out", at("x.csv"), "--summary-json", at("./x.csv"));
    expect(same.code).toBe(2);
    expect(same.stderr).toBe(`arseg: Options --out and --summary-json both name "${at("./x.csv")}": give each output its own file.\n`);
  });
});

describe("all outputs together or none", () => {
  it("puts none in place when one cannot be: the first output put back as it was", async () => {
    const outputs = new AtomicOutputs();
    const first = await writeText(at("first.csv"), "old first\n");
    expect((await outputs.writeFile(first, "new first\n")).ok).toBe(true);
    expect((await outputs.writeFile(at("second.json"), "{}\n")).ok).toBe(true);
    // Something takes the second output's place after it was written, before the commit.
    await fs.mkdir(at("second.json"));
    const committed = outputs.commit();
    expect(committed).toEqual({ ok: false, error: { kind: "outputNotAFile", file: at("second.json") } });
    expect(await fs.readFile(first, "utf8")).toBe("old first\n");
    expect(await files()).toEqual(["first.csv", "second.json"]);
  });

  it("removes an output that did not exist before when a later one fails", async () => {
    const outputs = new AtomicOutputs();
    expect((await outputs.writeFile(at("new.csv"), "new\n")).ok).toBe(true);
    expect((await outputs.writeFile(at("second.json"), "{}\n")).ok).toBe(true);
    await fs.mkdir(at("second.json"));
    expect(outputs.commit().ok).toBe(false);
    expect(await files()).toEqual(["second.json"]);
  });

  it("keeps nothing extra once every output is in place", async () => {
    const outputs = new AtomicOutputs();
    await writeText(at("a.csv"), "old a\n");
    expect((await outputs.writeFile(at("a.csv"), "new a\n")).ok).toBe(true);
    expect((await outputs.writeFile(at("b.json"), "{}\n")).ok).toBe(true);
    expect(outputs.commit()).toEqual({ ok: true, value: undefined });
    expect(await files()).toEqual(["a.csv", "b.json"]);
    expect(await fs.readFile(at("a.csv"), "utf8")).toBe("new a\n");
  });
});
