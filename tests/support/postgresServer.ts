/**
 * A throw-away PostgreSQL server for the equivalence tests: Debian's server
 * binaries, a new cluster in a temporary folder, listening on a Unix socket
 * only (no TCP port), trusted local login as the superuser "arseg". As root
 * the cluster belongs to the unprivileged user `nobody` (PostgreSQL refuses
 * to run as root). Stopped and removed by `stop()`.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export interface PostgresServer {
  /** The socket folder: pg's `host`. */
  readonly host: string;
  readonly user: string;
  /** A folder the server can read files from (server-side COPY). */
  readonly shared: string;
  stop(): void;
}

/** The newest installed server's bin folder, or undefined when no PostgreSQL server is installed. */
export function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : undefined;
}

/** Starts a server; throws with the server's log when it can't. */
export function startPostgres(bin: string): PostgresServer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  fs.chmodSync(dir, 0o755);
  if (asRoot) execFileSync("chown", ["nobody", dir]);
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? "runuser" : path.join(bin, tool);
    const full = asRoot ? ["-u", "nobody", "--", path.join(bin, tool), ...args] : args;
    return execFileSync(command, full, { stdio: "pipe", encoding: "utf8" });
  };
  const log = path.join(dir, "server.log");
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "arseg", "--encoding=UTF8", "--locale=C.UTF-8"]);
    run("pg_ctl", ["-D", data, "-o", `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off`, "-l", log, "-w", "start"]);
  } catch (error) {
    const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${text}`);
  }
  const shared = path.join(dir, "files");
  fs.mkdirSync(shared, { mode: 0o755 });
  return {
    host: dir,
    user: "arseg",
    shared,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
