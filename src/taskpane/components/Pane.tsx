import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useState, type ReactNode } from "react";
import type { SegmentationConfig } from "../../engine/config/schema";
import type { Result } from "../../engine/result";
import type { RunError } from "../../workbook/errors";
import type { RunReport, RunRequest } from "../../workbook/segmentWorkbook";
import type { WorkbookPort } from "../../workbook/port";
import { useApply } from "../hooks/useApply";
import { useColumnMapping } from "../hooks/useColumnMapping";
import { useConfigDraft } from "../hooks/useConfigDraft";
import { useConfigFile } from "../hooks/useConfigFile";
import { usePreview } from "../hooks/usePreview";
import { useSavedConfig } from "../hooks/useSavedConfig";
import { useWorkbookData } from "../hooks/useWorkbookData";
import { useI18n } from "../i18n";
import type { PreviewRunner } from "../preview/previewTypes";
import { ApplySection } from "./ApplySection";
import { DataSection } from "./DataSection";
import { PreviewSection } from "./PreviewSection";
import { SaveSection } from "./SaveSection";
import { SegmentationSection } from "./SegmentationSection";

export interface PaneProps {
  /** The workbook: Excel's (Office.js adapter) or an opened file's (the xlsx adapter). */
  readonly port: WorkbookPort;
  readonly inOffice: boolean;
  /** YYYY-MM-DD; the as-of date when the configuration has none. */
  readonly today: string;
  /** Where previews run: a Web Worker in the page, this thread in tests. */
  readonly createRunner: () => PreviewRunner;
  /** Excel only: activates the Segment Summary sheet. */
  /** Shows the summary sheet: the one the run wrote, when it is named. */
  readonly showSummary?: (sheet?: string) => void;
  /** Excel only: after the configuration is saved, so ARSEG.* formulas recalculate with it. */
  readonly onConfigSaved?: () => void;
  readonly onApplied?: (report: RunReport) => void;
  /** Shown under the Apply section's result (the browser page's download button). */
  readonly applyExtra?: ReactNode;
  /** Runs the segmentation where the workbook is held (the browser page's Worker); through `port` on this thread when absent. */
  readonly run?: (request: RunRequest) => Promise<Result<RunReport, RunError>>;
}

/** The task pane for one workbook: data, segmentation, preview, apply, save. Drawn again only when its props change. */
export const Pane = memo(function Pane(props: PaneProps) {
  const { m } = useI18n();
  const saved = useSavedConfig(props.port);
  if (!saved.config) return <Spinner label={m.loading} />;
  return (
    <>
      {saved.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody style={{ whiteSpace: "pre-wrap" }}>{saved.problem}</MessageBarBody>
        </MessageBar>
      )}
      <PaneBody {...props} initial={saved.config} />
    </>
  );
});

function PaneBody({
  port,
  inOffice,
  today,
  createRunner,
  showSummary,
  onApplied,
  applyExtra,
  onConfigSaved,
  run,
  initial,
}: PaneProps & { readonly initial: SegmentationConfig }) {
  const data = useWorkbookData(port);
  const draft = useConfigDraft(initial);
  const [runner] = useState(createRunner);
  useEffect(() => () => runner.dispose(), [runner]);

  const values = data.state.status === "ready" ? data.state.region.values : undefined;
  const mapping = useColumnMapping(values, draft.config);
  const preview = usePreview(runner, data.previewData, draft.valid, today);
  const target = data.state.status === "ready" ? { sheet: data.state.region.sheet, useSelection: data.state.fromSelection } : {};
  const apply = useApply(port, draft.valid, today, target, onApplied, run);
  const file = useConfigFile(port, draft.valid, draft.replace, onConfigSaved);
  const sheetFields = useMemo(() => mapping?.headers ?? [], [mapping]);

  return (
    <>
      <DataSection data={data} mapping={mapping} canUseSelection={inOffice} onMappingChange={draft.setMapping} />
      <SegmentationSection draft={draft} sheetFields={sheetFields} />
      <PreviewSection
        preview={preview}
        hasData={data.previewData !== undefined}
        configValid={draft.valid !== undefined}
        onAsOf={draft.setAsOf}
      />
      <ApplySection control={apply} canApply={draft.valid !== undefined} showSummary={showSummary} extra={applyExtra} />
      <SaveSection control={file} canSave={draft.valid !== undefined} inOffice={inOffice} />
    </>
  );
}
