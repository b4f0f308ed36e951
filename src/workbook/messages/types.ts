/**
 * A language's texts for the faces' own messages: workbook and file errors,
 * the summary's notes and command-line usage errors. Typed over every kind,
 * so a kind with no text in some language is a compile error.
 */
import type { SummaryNote, UsageError, WorkbookError } from "../errors";

type TextsOf<U extends { readonly kind: string }> = { readonly [K in U["kind"]]: (value: Extract<U, { kind: K }>) => string };

export interface FaceTexts {
  readonly errors: TextsOf<WorkbookError>;
  readonly summaryNotes: TextsOf<SummaryNote>;
  readonly usage: TextsOf<UsageError>;
}
