import { Button, Label, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useId, useState } from "react";
import { describeWorkbookError } from "../../workbook/errors";
import { concatBytes } from "../../files/zip/bytes";
import { downloadFile, XLSX_MIME } from "../browser/download";
import { ACCEPTED_FILES, openWorkbook, type OpenedWorkbook } from "../browser/openWorkbook";
import { useI18n } from "../i18n";
import type { PreviewRunner } from "../preview/previewTypes";
import type { WorkbookPort } from "../../workbook/port";
import { Pane } from "./Pane";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface BrowserWorkbookProps {
  readonly today: string;
  readonly createRunner: () => PreviewRunner;
}

type FileState =
  | { readonly status: "none" }
  | { readonly status: "opening"; readonly file: string }
  | { readonly status: "failed"; readonly message: string }
  | { readonly status: "open"; readonly opened: OpenedWorkbook; readonly port: WorkbookPort; readonly serial: number };

/**
 * The pane as a plain web page: open an .xlsx or .csv file, segment it with
 * the same steps as in Excel (through the ExcelJS adapter), download the result.
 */
export function BrowserWorkbook({ today, createRunner }: BrowserWorkbookProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const inputId = useId();
  const [file, setFile] = useState<FileState>({ status: "none" });
  const [applied, setApplied] = useState(false);

  const open = async (chosen: File): Promise<void> => {
    setFile({ status: "opening", file: chosen.name });
    setApplied(false);
    const opened = await openWorkbook(chosen);
    if (!opened.ok) return setFile({ status: "failed", message: describeWorkbookError(opened.error) });
    const port = opened.value.port;
    setFile((previous) => ({ status: "open", opened: opened.value, port, serial: (previous.status === "open" ? previous.serial : 0) + 1 }));
  };

  const download = async (opened: OpenedWorkbook): Promise<void> => {
    const chunks: Uint8Array[] = [];
    const saved = await opened.port.save({ write: (bytes) => void chunks.push(bytes) });
    if (saved.ok) downloadFile(concatBytes(chunks), opened.downloadName, XLSX_MIME);
    else setFile({ status: "failed", message: describeWorkbookError(saved.error) });
  };

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
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            if (chosen) void open(chosen);
          }}
        />
        <p id={`${inputId}-hint`} className={styles.muted}>
          {m.openWorkbookHint}
        </p>
        {file.status === "opening" && <Spinner size="tiny" label={m.opening(file.file)} />}
        {file.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{file.message}</MessageBarBody>
          </MessageBar>
        )}
        {file.status === "open" && <p className={styles.muted}>{m.opened(file.opened.fileName)}</p>}
      </Section>
      {file.status === "open" && (
        <Pane
          key={file.serial}
          port={file.port}
          inOffice={false}
          today={today}
          createRunner={createRunner}
          onApplied={() => setApplied(true)}
          applyExtra={
            applied ? (
              <div className={styles.stack}>
                <div>
                  <Button appearance="primary" onClick={() => void download(file.opened)}>
                    {m.downloadWorkbook}
                  </Button>
                </div>
                <p className={styles.muted}>{m.downloadHint(file.opened.downloadName)}</p>
              </div>
            ) : undefined
          }
        />
      )}
    </>
  );
}
