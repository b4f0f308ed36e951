import { closeSync, openSync, promises as fs } from "fs";
import * as path from "path";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import { BufferedFile } from "./bufferedFile";
import { errorText } from "./files";

/**
 * Output files written beside their final place under a temporary name and
 * renamed only when every output of the run is complete, so a failure at any
 * step leaves no partial file behind (and an earlier output untouched).
 */
export class AtomicOutputs {
  private readonly pending: { readonly temp: string; readonly target: string }[] = [];

  /** A temporary path in the target's folder (a rename within one folder is atomic). */
  private tempFor(target: string): string {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${this.pending.length}.arseg-tmp`);
    this.pending.push({ temp, target });
    return temp;
  }

  /** Writes a whole file's content under a temporary name. */
  async writeFile(target: string, data: string | Uint8Array): Promise<Result<void, WorkbookError>> {
    const temp = this.tempFor(target);
    try {
      await fs.writeFile(temp, data);
      return ok(undefined);
    } catch (error) {
      return fail({ kind: "outputNotWritable", file: target, detail: errorText(error) });
    }
  }

  /**
   * Writes a file piece by piece under a temporary name: `write` adds the
   * pieces, and may fail with its own error (reading its source, say).
   */
  async writeFileBy<E>(
    target: string,
    write: (file: BufferedFile) => Promise<Result<void, E>> | Result<void, E>,
  ): Promise<Result<void, E | WorkbookError>> {
    const temp = this.tempFor(target);
    let fd: number | undefined;
    try {
      fd = openSync(temp, "w");
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

  /** Moves every temporary file to its place. */
  async commit(): Promise<Result<void, WorkbookError>> {
    for (const { temp, target } of this.pending) {
      try {
        await fs.rename(temp, target);
      } catch (error) {
        await this.discard();
        return fail({ kind: "outputNotWritable", file: target, detail: errorText(error) });
      }
    }
    this.pending.length = 0;
    return ok(undefined);
  }

  /** Removes every temporary file not yet committed. */
  async discard(): Promise<void> {
    for (const { temp } of this.pending.splice(0)) await fs.rm(temp, { force: true });
  }
}
