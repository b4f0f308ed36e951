import { promises as fs } from "fs";
import * as path from "path";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";

/** The two file kinds the command line reads and writes. */
export type FileKind = "xlsx" | "csv";

/** The kind a file name says it is; tab- and text-separated files count as csv (the delimiter is detected). */
export function fileKindOf(file: string): FileKind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  return undefined;
}

/**
 * Where the output goes when --out is not given: beside the input, with
 * "-segmented" before the extension.
 *
 * @example
 * defaultOutput("/data/ledger.xlsx") //=> "/data/ledger-segmented.xlsx"
 */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-segmented${ext}`);
}

/** True when two paths name the same file (resolving links when the file exists). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const resolved = async (p: string) => {
    try {
      return await fs.realpath(p);
    } catch {
      return path.resolve(p);
    }
  };
  return (await resolved(a)) === (await resolved(b));
}

/** Checks that an input file exists and is a file; the size is for progress. */
export async function statInput(file: string): Promise<Result<number, WorkbookError>> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return fail({ kind: "unreadableFile", file, detail: "it is a folder, not a file" });
    return ok(stat.size);
  } catch (error) {
    if (isNodeError(error) && error.code === "ENOENT") return fail({ kind: "fileNotFound", file });
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  }
}

export async function readInput(file: string): Promise<Result<Buffer, WorkbookError>> {
  try {
    return ok(await fs.readFile(file));
  } catch (error) {
    if (isNodeError(error) && error.code === "ENOENT") return fail({ kind: "fileNotFound", file });
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  }
}

/** Duck-typed: errors from Node's fs may come from another realm (jest's VM), where instanceof Error fails. */
export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return typeof error === "object" && error !== null && "code" in error;
}

export function errorText(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string") return error.message;
  return String(error);
}
