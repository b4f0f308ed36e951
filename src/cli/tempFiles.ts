import { randomBytes } from "crypto";
import { closeSync, constants, fchmodSync, lstatSync, openSync, promises as fs, unlinkSync } from "fs";
import * as path from "path";

/**
 * The command line's temporary files: written beside their final place (a
 * rename within one folder is atomic), named `.<file>.<pid>.<32 hex>.arseg-tmp`.
 * The random part makes the name impossible to guess, so nobody sharing the
 * folder can plant a link where the next run will write; the process id lets
 * a later run tell a dead run's leftovers from a live run's files.
 */
const TEMP_NAME = /^\.(.+)\.(\d+)\.([0-9a-f]{32})\.arseg-tmp$/;

/** A fresh, unguessable temporary path beside `target`. */
export function tempPathFor(target: string): string {
  const name = `.${path.basename(target)}.${process.pid}.${randomBytes(16).toString("hex")}.arseg-tmp`;
  return path.join(path.dirname(target), name);
}

/**
 * Creates a temporary file for writing: exclusively (an existing file or link
 * of that name makes it fail, never followed), with `mode` when given (the
 * mode of the file it will replace; else the default, less the umask).
 * Returns its descriptor.
 */
export function createTempFile(temp: string, mode: number | undefined): number {
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode ?? 0o666);
  try {
    // open() applies the umask to the mode; the replaced file's own mode is what the user chose.
    if (mode !== undefined) fchmodSync(fd, mode);
    return fd;
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
}

/** Removes a temporary file, if it is there. Synchronous, so a signal handler can use it. */
export function removeTempFile(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // Already gone (committed, or never created).
  }
}

/**
 * Removes the temporaries an earlier, killed run left beside `target`: files
 * of this naming, for this file name, owned by this user, whose process is
 * no longer running. A live run's temporaries, other users' files and links
 * are left alone.
 */
export async function removeStaleTemps(target: string): Promise<void> {
  const folder = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || match[1] !== base || isRunning(Number(match[2]))) continue;
    const file = path.join(folder, name);
    try {
      const stat = lstatSync(file);
      if (stat.isFile() && (process.getuid === undefined || stat.uid === process.getuid())) unlinkSync(file);
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
}

/** Whether a process with this id runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
