import { accessSync, constants, lstatSync, readlinkSync } from "fs";
import * as path from "path";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import { errorText, isNodeError } from "./files";

/** What stands where an output goes: nothing yet, or a file whose mode the output keeps. */
export type OutputTarget = { readonly exists: false } | { readonly exists: true; readonly mode: number };

/**
 * Checks the place of an output before anything is written there. Refused:
 * a symbolic link (the run never writes through a link, nor replaces one
 * without saying so), a folder or device, a read-only file (someone protected
 * it), and a folder the run may not write in.
 *
 * @example
 * checkOutputTarget("out/ledger-segmented.csv") //=> { ok: true, value: { exists: false } }
 */
export function checkOutputTarget(file: string): Result<OutputTarget, WorkbookError> {
  let target: OutputTarget = { exists: false };
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) return fail({ kind: "outputIsLink", file, linkTarget: linkTargetOf(file) });
    if (!stat.isFile()) return fail({ kind: "outputNotAFile", file });
    // The mode bits, not access(): a run as root may write anything, and must still not replace a file marked read-only.
    if ((stat.mode & 0o222) === 0 || !writable(file)) return fail({ kind: "outputReadOnly", file });
    target = { exists: true, mode: stat.mode & 0o777 };
  } catch (error) {
    if (!(isNodeError(error) && error.code === "ENOENT")) return fail({ kind: "outputNotWritable", file, detail: errorText(error) });
  }
  try {
    // The temporary is created, and renamed, in the output's folder.
    accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    return ok(target);
  } catch (error) {
    return fail({ kind: "outputNotWritable", file, detail: errorText(error) });
  }
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function linkTargetOf(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return "?";
  }
}
