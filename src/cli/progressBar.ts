import type { Phase, Progress, ProgressSink } from "../workbook/port";

export interface TextSink {
  write(text: string): unknown;
}

const WIDTH = 24;
const EVERY_MS = 100;
const PHASE_LABEL: Record<Phase, string> = { reading: "reading", segmenting: "segmenting", writing: "writing", summary: "summary" };

/**
 * A one-line progress bar redrawn in place with "\r", for a terminal only:
 * `progressSink` returns undefined when stderr is not a TTY, so logs and pipes
 * get no control characters.
 *
 * @example
 * const bar = progressSink(process.stderr, process.stderr.isTTY);
 * bar?.sink({ phase: "reading", done: 50, total: 200 }); // "reading     [######                  ]  25%  50 / 200"
 */
export function progressSink(
  out: TextSink,
  isTTY: boolean | undefined,
  reading: "rows" | "bytes" = "rows",
): { sink: ProgressSink; end: () => void } | undefined {
  if (!isTTY) return undefined;
  let last = 0;
  let lastPhase: Phase | undefined;
  let drawn = false;
  const sink: ProgressSink = (p: Progress) => {
    const now = Date.now();
    const finished = p.done >= p.total;
    if (p.phase === lastPhase && !finished && now - last < EVERY_MS) return;
    last = now;
    lastPhase = p.phase;
    out.write(`\r${formatProgress(p, reading)}\x1b[K`);
    drawn = true;
  };
  const end = () => {
    if (drawn) out.write("\r\x1b[K");
    drawn = false;
  };
  return { sink, end };
}

/** The text of one progress line (no control characters); reading a csv counts bytes. */
export function formatProgress(p: Progress, reading: "rows" | "bytes" = "rows"): string {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const bar = `[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}]`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const counts =
    p.phase === "reading" && reading === "bytes"
      ? `${megabytes(p.done)} / ${megabytes(p.total)} MB`
      : `${p.done.toLocaleString("en-US")} / ${p.total.toLocaleString("en-US")} rows`;
  return `${PHASE_LABEL[p.phase].padEnd(11)}${bar} ${percent}  ${counts}`;
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}
