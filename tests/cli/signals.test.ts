import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ledgerCsvLines } from "../support/generateLedger";

// A real process is needed to send it a signal: the command line compiled into a folder of its own.
const ROOT = path.resolve(__dirname, "../..");
let tmp: string;
let mainJs: string;
let input: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-signals-"));
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.cli.json", "--outDir", path.join(tmp, "dist")], { cwd: ROOT, stdio: "pipe" });
  mainJs = path.join(tmp, "dist", "cli", "main.js");
  input = path.join(tmp, "ledger.csv");
  fs.writeFileSync(input, [...ledgerCsvLines({ rows: 300_000 })].join("\n") + "\n");
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const temporaries = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".arseg-tmp"));

/** Starts a run, waits until its temporary output exists, sends the signal; resolves with how the process ended. */
function interrupt(signal: NodeJS.Signals, outDir: string): Promise<{ signal: NodeJS.Signals | null; leftover: string[] }> {
  const script = `require(${JSON.stringify(mainJs)}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
  const child = spawn(process.execPath, ["-e", script, input, "--out", path.join(outDir, "out.csv"), "--as-of", "2025-06-30"], {
    stdio: "ignore",
    // The compiled files sit outside the repository: their packages are the repository's.
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (temporaries(outDir).length > 0) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 2);
    child.on("error", reject);
    child.on("exit", (_code, ended) => {
      clearInterval(poll);
      resolve({ signal: ended, leftover: temporaries(outDir) });
    });
  });
}

describe("an interrupted run", () => {
  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("removes its temporary output on %s and ends by that signal", async (signal) => {
    const outDir = fs.mkdtempSync(path.join(tmp, "out-"));
    const ended = await interrupt(signal, outDir);
    expect(ended).toEqual({ signal, leftover: [] });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
