import { closeSync, constants, copyFileSync, linkSync, renameSync, unlinkSync } from "fs";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import { BufferedFile } from "./bufferedFile";
import { errorText } from "./files";
import { checkOutputTarget } from "./outputTarget";
import { createTempFile, removeTempFile, tempPathFor } from "./tempFiles";

interface Staged {
  readonly temp: string;
  readonly target: string;
}

/** A replaced output's earlier content, kept until every output of the run is in place. */
interface Placed {
  readonly target: string;
  readonly backup: string | undefined;
}

/**
 * The outputs of one run, written beside their final place under unguessable
 * temporary names (see `tempFiles`) and put in place together by `commit`:
 * every output or none. A failure at any step leaves no partial file behind
 * and every earlier output as it was.
 */
export class AtomicOutputs {
  private readonly staged: Staged[] = [];

  /** Writes a whole file's content under a temporary name. */
  async writeFile(target: string, data: string | Uint8Array): Promise<Result<void, WorkbookError>> {
    return this.writeFileBy<never>(target, (file) => {
      if (typeof data === "string") file.write(data);
      else file.writeBytes(data, 0, data.length);
      return ok(undefined);
    });
  }

  /**
   * Writes a file piece by piece under a temporary name: `write` adds the
   * pieces, and may fail with its own error (reading its source, say).
   */
  async writeFileBy<E>(
    target: string,
    write: (file: BufferedFile) => Promise<Result<void, E>> | Result<void, E>,
  ): Promise<Result<void, E | WorkbookError>> {
    const checked = checkOutputTarget(target);
    if (!checked.ok) return checked;
    const temp = tempPathFor(target);
    let fd: number | undefined;
    try {
      fd = createTempFile(temp, checked.value.exists ? checked.value.mode : undefined);
      this.staged.push({ temp, target });
      const file = new BufferedFile(fd);
      const wrote = await write(file);
      if (!wrote.ok) return wrote;
      file.flush();
      return ok(undefined);
    } catch (error) {
      return fail({ kind: "outputNotWritable", file: target, detail: errorText(error) });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /**
   * Puts every staged file in its place, or none: a replaced file's content
   * is kept (a hard link, else a copy) until all are in place, and put back
   * when one fails. Synchronous, so no signal handler runs halfway through.
   */
  commit(): Result<void, WorkbookError> {
    const placed: Placed[] = [];
    for (const { temp, target } of this.staged) {
      const checked = checkOutputTarget(target);
      if (!checked.ok) return this.rollBack(placed, checked.error);
      let backup: string | undefined;
      try {
        if (checked.value.exists) backup = keepContent(target);
        renameSync(temp, target);
      } catch (error) {
        if (backup !== undefined) removeTempFile(backup);
        return this.rollBack(placed, { kind: "outputNotWritable", file: target, detail: errorText(error) });
      }
      placed.push({ target, backup });
    }
    for (const { backup } of placed) if (backup !== undefined) removeTempFile(backup);
    this.staged.length = 0;
    return ok(undefined);
  }

  /** Removes every temporary file not yet committed. Synchronous, for signal handlers too. */
  discard(): void {
    for (const { temp } of this.staged.splice(0)) removeTempFile(temp);
  }

  /** Undoes the outputs already placed, newest first, then removes the temporaries. */
  private rollBack(placed: readonly Placed[], error: WorkbookError): Result<never, WorkbookError> {
    for (const { target, backup } of [...placed].reverse()) {
      try {
        if (backup !== undefined) renameSync(backup, target);
        else unlinkSync(target);
      } catch {
        // Nothing more can be done for this one; the error below still names the output that failed.
      }
    }
    this.discard();
    return fail(error);
  }
}

/** Keeps a file's current content under a temporary name, without moving the file itself. */
function keepContent(target: string): string {
  const backup = tempPathFor(target);
  try {
    linkSync(target, backup);
  } catch {
    // No hard links here (some network and FAT file systems): a copy does, exclusively created too.
    copyFileSync(target, backup, constants.COPYFILE_EXCL);
  }
  return backup;
}
