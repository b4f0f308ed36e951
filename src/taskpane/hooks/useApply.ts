import { useI18n } from "../i18n";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SegmentationConfig } from "../../engine/config/schema";
import type { RunError } from "../../workbook/errors";
import type { Progress, WorkbookPort } from "../../workbook/port";
import type { Result } from "../../engine/result";
import { segmentWorkbook, type RunReport, type RunRequest } from "../../workbook/segmentWorkbook";

export type ApplyState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Progress | undefined }
  | { readonly status: "done"; readonly report: RunReport }
  | { readonly status: "occupied"; readonly error: Extract<RunError, { kind: "columnsOccupied" }> }
  | { readonly status: "failed"; readonly error: RunError };

/** What the run reads: the sheet and selection the pane read for its preview. */
export interface ApplyTarget {
  readonly sheet?: string;
  readonly useSelection?: boolean;
}

export interface ApplyControl {
  readonly state: ApplyState;
  /** Runs the segmentation; "overwrite" after the user agreed to write over occupied cells. */
  apply(whenOccupied?: "stop" | "overwrite"): void;
  cancel(): void;
  dismiss(): void;
}

/**
 * Runs segmentWorkbook through the port with progress and cancellation;
 * cells in the way of the output columns turn into a question, not a failure.
 */
export function useApply(
  port: WorkbookPort,
  config: SegmentationConfig | undefined,
  today: string,
  target: ApplyTarget,
  onApplied?: (report: RunReport) => void,
  run: (request: RunRequest) => Promise<Result<RunReport, RunError>> = (request) => segmentWorkbook(port, request),
): ApplyControl {
  const [state, setState] = useState<ApplyState>({ status: "idle" });
  // The pane's language decides the run's when neither the configuration nor the headers do.
  const { locale } = useI18n();
  const controller = useRef<AbortController | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const apply = useCallback(
    (whenOccupied: "stop" | "overwrite" = "stop") => {
      if (!config || controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: "running", progress: undefined });
      void run({
        config,
        today,
        sheet: target.sheet,
        useSelection: target.useSelection,
        whenOccupied,
        displayLanguage: locale,
        signal: abort.signal,
        onProgress: (progress) => {
          if (mounted.current && !abort.signal.aborted) setState({ status: "running", progress });
        },
      }).then((result) => {
        controller.current = undefined;
        if (!mounted.current) return;
        if (result.ok) {
          setState({ status: "done", report: result.value });
          onApplied?.(result.value);
        } else if (result.error.kind === "columnsOccupied") setState({ status: "occupied", error: result.error });
        else setState({ status: "failed", error: result.error });
      });
    },
    [run, config, today, target.sheet, target.useSelection, onApplied, locale],
  );

  return {
    state,
    apply,
    cancel: () => controller.current?.abort(),
    dismiss: () => setState({ status: "idle" }),
  };
}
