import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { describeRunError, describeSummaryNote } from "../../workbook/errors";
import type { ApplyControl } from "../hooks/useApply";
import { useI18n } from "../i18n";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface ApplySectionProps {
  readonly control: ApplyControl;
  readonly canApply: boolean;
  /** Excel: shows the summary sheet. Absent in the browser, where the sheet is in the download. */
  readonly showSummary?: (sheet?: string) => void;
  /** Shown below a successful run's message. */
  readonly extra?: ReactNode;
}

/** Runs the segmentation on the workbook, with progress, cancel, and the question about occupied cells. */
export function ApplySection({ control, canApply, showSummary, extra }: ApplySectionProps) {
  const styles = usePaneStyles();
  const { m, f, language } = useI18n();
  const { state } = control;
  const running = state.status === "running";
  const progress = running ? state.progress : undefined;

  return (
    <Section id="apply" title={m.applyHeading} intro={m.applyHint}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canApply || running} onClick={() => control.apply("stop")}>
          {m.apply}
        </Button>
        {running && <Button onClick={control.cancel}>{m.cancel}</Button>}
      </div>
      {!canApply && !running && <p className={styles.muted}>{m.fixProblemsFirst}</p>}
      {running && (
        <Field
          validationState="none"
          validationMessage={progress ? m.progress(m.phases[progress.phase], f.count(progress.done), f.count(progress.total)) : m.loading}
        >
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} aria-label={m.apply} />
        </Field>
      )}
      {state.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {m.applied(f.count(state.report.rows), state.report.sheet, state.report.outputColumn)}{" "}
            {state.report.summaryReport && m.summaryKinds[state.report.summaryReport.kind]}{" "}
            {state.report.summaryReport?.note && describeSummaryNote(state.report.summaryReport.note, language)}{" "}
            {showSummary ? (
              <Link as="button" onClick={() => showSummary(state.report.summaryReport?.sheet)}>
                {m.showSummary}
              </Link>
            ) : (
              m.browserSummaryNote
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && extra}
      {state.status === "occupied" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.overwriteQuestion}</MessageBarTitle> {describeRunError(state.error, language)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => control.apply("overwrite")}>{m.overwrite}</Button>
            <Button onClick={control.dismiss}>{m.keepCells}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent={state.error.kind === "cancelled" ? "info" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.runFailed}</MessageBarTitle>{" "}
            <span style={{ whiteSpace: "pre-wrap" }}>{describeRunError(state.error, language)}</span>
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
