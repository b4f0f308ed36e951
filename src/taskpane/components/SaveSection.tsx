import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useRef } from "react";
import { describeConfigMessage, describeConfigPlace } from "../../engine/config/describe";
import type { ConfigFileControl } from "../hooks/useConfigFile";
import { useI18n } from "../i18n";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface SaveSectionProps {
  readonly control: ConfigFileControl;
  readonly canSave: boolean;
  /** True in Excel, where a save is in the open workbook; false for a file, which must be downloaded. */
  readonly inOffice: boolean;
}

/** Save the configuration in the workbook, export it as JSON, import a JSON file. */
export function SaveSection({ control, canSave, inOffice }: SaveSectionProps) {
  const styles = usePaneStyles();
  const { m, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const message = control.message;

  return (
    <Section id="save" title={m.saveHeading}>
      <div className={styles.row}>
        <Button disabled={!canSave || control.busy} onClick={control.save}>
          {m.saveInWorkbook}
        </Button>
        <Button disabled={!canSave} onClick={control.exportJson}>
          {m.exportJson}
        </Button>
        <Button onClick={() => input.current?.click()}>{m.importJson}</Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label={m.importJson}
          tabIndex={-1}
          style={{ display: "none" }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void control.importJson(file);
          }}
        />
      </div>
      {message?.kind === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>{inOffice ? m.savedInWorkbook : m.savedInFile}</MessageBarBody>
        </MessageBar>
      )}
      {message?.kind === "saveFailed" && (
        <MessageBar intent="error">
          <MessageBarBody>{message.message}</MessageBarBody>
        </MessageBar>
      )}
      {message?.kind === "imported" && (
        <MessageBar intent="success">
          <MessageBarBody>{m.imported(message.file)}</MessageBarBody>
        </MessageBar>
      )}
      {message?.kind === "importFailed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {m.importProblems(message.file)}
            <ul className={styles.list}>
              {message.problems.map((p, i) => (
                <li
                  key={i}
                >{`${m.problemAt(p.line, p.column)}${p.path ? `${describeConfigPlace(p.path, language)}: ` : ""}${describeConfigMessage(p, language)}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
