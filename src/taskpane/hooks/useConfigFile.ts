import { useState } from "react";
import type { SegmentationConfig } from "../../engine/config/schema";
import { parseConfigText } from "../../engine/config/configText";
import type { ConfigProblem } from "../../engine/issues";
import { MESSAGES } from "../../engine/config/problems";
import { describeRunError } from "../../workbook/errors";
import type { WorkbookPort } from "../../workbook/port";
import { saveConfig } from "../../workbook/configStore";
import { downloadFile, JSON_MIME } from "../browser/download";

export type FileMessage =
  | { readonly kind: "saved" }
  | { readonly kind: "saveFailed"; readonly message: string }
  | { readonly kind: "imported"; readonly file: string }
  | { readonly kind: "importFailed"; readonly file: string; readonly problems: readonly ConfigProblem[] };

export interface ConfigFileControl {
  readonly message: FileMessage | undefined;
  readonly busy: boolean;
  save(): void;
  exportJson(): void;
  importJson(file: Pick<File, "name" | "text">): Promise<void>;
}

/**
 * @example exportName("Risk × value") //=> "Risk-value.segmentation.json"
 */
export function exportName(configName: string): string {
  const base = configName.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return `${base || "configuration"}.segmentation.json`;
}

/**
 * Saving the configuration in the workbook, exporting it as a JSON file and
 * importing one: a file with problems changes nothing and lists them.
 */
export function useConfigFile(
  port: WorkbookPort,
  valid: SegmentationConfig | undefined,
  replace: (config: SegmentationConfig) => void,
  afterSave?: () => void,
): ConfigFileControl {
  const [message, setMessage] = useState<FileMessage | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  return {
    message,
    busy,
    save() {
      if (!valid) return;
      setBusy(true);
      void saveConfig(port, valid).then((saved) => {
        setBusy(false);
        setMessage(saved.ok ? { kind: "saved" } : { kind: "saveFailed", message: describeRunError(saved.error) });
        if (saved.ok) afterSave?.();
      });
    },
    exportJson() {
      if (valid) downloadFile(`${JSON.stringify(valid, null, 2)}\n`, exportName(valid.name), JSON_MIME);
    },
    async importJson(file) {
      const parsed = parseConfigText(await file.text(), file.name);
      if (parsed.ok) {
        replace(parsed.value);
        setMessage({ kind: "imported", file: file.name });
        return;
      }
      const issue = parsed.error;
      setMessage({
        kind: "importFailed",
        file: file.name,
        problems: issue.kind === "invalidConfig" ? issue.problems : [{ path: "", ...MESSAGES.issue(issue) }],
      });
    },
  };
}
