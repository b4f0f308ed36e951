import { Button, Label, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { describeWorkbookError } from "../../workbook/errors";
import { downloadFile, XLSX_MIME } from "../browser/download";
import { ACCEPTED_FILES } from "../browser/openWorkbook";
import { connectWorkbook, inThreadChannel, type PageProgress, type RemoteWorkbook } from "../browser/workbookClient";
import { useI18n } from "../i18n";
import { Pane } from "./Pane";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface BrowserWorkbookProps {
  readonly today: string;
  /** Where the workbook is held and worked on: a Web Worker in the page, this thread in tests. */
  readonly connect?: () => RemoteWorkbook;
}

type FileState =
  | { readonly status: "none" }
  | { readonly status: "opening"; readonly file: string; readonly megabytes: number }
  | { readonly status: "failed"; readonly message: string }
  | { readonly status: "open"; readonly fileName: string; readonly downloadName: string; readonly serial: number };

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

/**
 * The pane as a plain web page: open an .xlsx or .csv file, segment it with
 * the same steps as in Excel, download the result. The file is held and
 * worked on by the workbook host, off the page's thread.
 */
export function BrowserWorkbook({ today, connect = () => connectWorkbook(inThreadChannel()) }: BrowserWorkbookProps) {
  const styles = usePaneStyles();
  const { m, language } = useI18n();
  const inputId = useId();
  const [workbook] = useState(connect);
  useEffect(() => () => workbook.close(), [workbook]);
  const [file, setFile] = useState<FileState>({ status: "none" });
  const [applied, setApplied] = useState(false);

  const open = async (chosen: File): Promise<void> => {
    setFile({ status: "opening", file: chosen.name, megabytes: chosen.size / 1048576 });
    setApplied(false);
    const opened = await workbook.open(chosen);
    if (!opened.ok) return setFile({ status: "failed", message: describeWorkbookError(opened.error, language) });
    setFile((previous) => ({ status: "open", ...opened.value, serial: (previous.status === "open" ? previous.serial : 0) + 1 }));
  };

  const busy = file.status === "opening";
  const onApplied = useCallback(() => setApplied(true), []);
  const fileName = file.status === "open" ? file.downloadName : undefined;
  // Kept the same between renders, so the pane (memoized) is not drawn again while a download reports progress.
  const applyExtra = useMemo(
    () => (applied && fileName ? <DownloadButton workbook={workbook} fileName={fileName} /> : undefined),
    [applied, fileName, workbook],
  );
  return (
    <>
      <Section id="file" title={m.fileHeading} intro={m.browserIntro}>
        <Label htmlFor={inputId} weight="semibold">
          {m.openWorkbook}
        </Label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPTED_FILES}
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            if (chosen) void open(chosen);
          }}
        />
        <p id={`${inputId}-hint`} className={styles.muted}>
          {m.openWorkbookHint}
        </p>
        {file.status === "opening" && <Spinner size="tiny" label={m.openingBytes(file.file, mb(file.megabytes * 1048576))} />}
        {file.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{file.message}</MessageBarBody>
          </MessageBar>
        )}
        {file.status === "open" && <p className={styles.muted}>{m.opened(file.fileName)}</p>}
      </Section>
      {file.status === "open" && (
        <Pane
          key={file.serial}
          port={workbook.port}
          inOffice={false}
          today={today}
          createRunner={workbook.createRunner}
          run={workbook.run}
          onApplied={onApplied}
          applyExtra={applyExtra}
        />
      )}
    </>
  );
}

/** The download button with its own progress, so a download's progress redraws only this. */
function DownloadButton({ workbook, fileName }: { readonly workbook: RemoteWorkbook; readonly fileName: string }) {
  const styles = usePaneStyles();
  const { m, f, language } = useI18n();
  const [downloading, setDownloading] = useState<PageProgress | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const download = async (): Promise<void> => {
    setFailure(undefined);
    setDownloading({ phase: "downloading", done: 0, total: 0 });
    const saved = await workbook.download(setDownloading);
    setDownloading(undefined);
    if (saved.ok) downloadFile(saved.value, fileName, XLSX_MIME);
    else setFailure(describeWorkbookError(saved.error, language));
  };
  return (
    <div className={styles.stack}>
      <div>
        <Button appearance="primary" disabled={downloading !== undefined} onClick={() => void download()}>
          {m.downloadWorkbook}
        </Button>
      </div>
      {downloading !== undefined && (
        <Spinner
          size="tiny"
          label={
            downloading.phase === "writing"
              ? m.progress(m.phases.writing, f.count(downloading.done), f.count(downloading.total))
              : m.preparingDownload(mb(downloading.done))
          }
        />
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <p className={styles.muted}>{m.downloadHint(fileName)}</p>
    </div>
  );
}
