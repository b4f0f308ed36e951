/**
 * The ribbon commands' logic, with everything from outside handed in (the
 * port, today's date, the orchestration) so tests run it without Office.
 *
 * Every handler calls `event.completed()` exactly once, on success, on a
 * reported failure and on a defect alike. One command runs at a time: a
 * click that arrives while another command works is answered at once and
 * changes nothing (office-js #5176 / #3378: clicks can be lost or repeated).
 */
import type { SegmentationConfig } from "../engine/config/schema";
import type { EngineIssue } from "../engine/issues";
import type { Result } from "../engine/result";
import { describeRunError, type RunError } from "../workbook/errors";
import type { WorkbookPort } from "../workbook/port";
import type { RunReport, RunRequest, SummaryRequest } from "../workbook/segmentWorkbook";
import type { SummaryReport } from "../workbook/port";
import type { CommandMessage } from "./lastResult";
import { alreadyRunning, refreshedMessage, segmentedMessage, unexpectedMessage } from "./messages";
import { languageOfTag, type Language } from "../engine/language";

/** The part of Office.AddinCommands.Event the handlers use. */
export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  readonly port: () => WorkbookPort;
  readonly today: () => string;
  readonly loadConfig: (port: WorkbookPort) => Promise<Result<SegmentationConfig | undefined, RunError>>;
  readonly defaultConfig: () => Result<SegmentationConfig, EngineIssue>;
  readonly segment: (port: WorkbookPort, request: RunRequest) => Promise<Result<RunReport, RunError>>;
  readonly refresh: (port: WorkbookPort, request: SummaryRequest) => Promise<Result<SummaryReport, RunError>>;
  readonly summarySheet: string;
  readonly publish: (message: CommandMessage) => void;
  /** Brings the task pane up so the message is seen; may do nothing. */
  readonly showPane: () => Promise<void>;
  /** Office's display language (a tag such as "es-MX"), when known. */
  readonly displayLanguage?: () => string | undefined;
}

export interface CommandHandlers {
  onSegment(event: CommandEvent): Promise<void>;
  onRefreshSummary(event: CommandEvent): Promise<void>;
}

export function createCommandHandlers(deps: CommandDeps): CommandHandlers {
  let busy = false;
  const displayLanguage = (): string | undefined => deps.displayLanguage?.();
  /** The language of messages before a run has one: Office's display language, else English. */
  const uiLanguage = (): Language => languageOfTag(displayLanguage()) ?? "en";

  /** Runs one command: one at a time, result published, pane shown, event completed. */
  async function exclusive(event: CommandEvent, work: (port: WorkbookPort) => Promise<CommandMessage>): Promise<void> {
    if (busy) {
      deps.publish({ kind: "error", text: alreadyRunning(uiLanguage()) });
      event.completed();
      return;
    }
    busy = true;
    try {
      let message: CommandMessage;
      try {
        message = await work(deps.port());
      } catch (error) {
        message = { kind: "error", text: unexpectedMessage(error, uiLanguage()) };
      }
      deps.publish(message);
      await deps.showPane().catch(() => undefined);
    } finally {
      busy = false;
      event.completed();
    }
  }

  async function config(port: WorkbookPort): Promise<Result<SegmentationConfig, RunError>> {
    const saved = await deps.loadConfig(port);
    if (!saved.ok) return saved;
    if (saved.value) return { ok: true, value: saved.value };
    const preset = deps.defaultConfig();
    return preset.ok ? preset : { ok: false, error: { kind: "engine", issue: preset.error } };
  }

  return {
    onSegment: (event) =>
      exclusive(event, async (port) => {
        const cfg = await config(port);
        if (!cfg.ok) return { kind: "error", text: describeRunError(cfg.error) };
        const run = await deps.segment(port, {
          config: cfg.value,
          today: deps.today(),
          whenOccupied: "stop",
          ...(displayLanguage() ? { displayLanguage: displayLanguage() } : {}),
        });
        if (!run.ok) return { kind: "error", text: describeRunError(run.error) };
        const r = run.value;
        const language = r.segmentation?.language ?? uiLanguage();
        return { kind: "success", text: segmentedMessage(r.rows, r.sheet, r.outputColumn, r.summaryReport, deps.summarySheet, language) };
      }),
    onRefreshSummary: (event) =>
      exclusive(event, async (port) => {
        const cfg = await config(port);
        if (!cfg.ok) return { kind: "error", text: describeRunError(cfg.error) };
        const report = await deps.refresh(port, {
          config: cfg.value,
          today: deps.today(),
          ...(displayLanguage() ? { displayLanguage: displayLanguage() } : {}),
        });
        if (!report.ok) return { kind: "error", text: describeRunError(report.error) };
        return { kind: "success", text: refreshedMessage(report.value, deps.summarySheet, uiLanguage()) };
      }),
  };
}
