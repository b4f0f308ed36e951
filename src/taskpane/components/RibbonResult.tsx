import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useRibbonResult, type RibbonResults } from "../hooks/useRibbonResult";
import { useI18n } from "../i18n";

/** The outcome of the last Segment / Refresh command run from the ribbon. */
export function RibbonResult({ results }: { readonly results: RibbonResults }) {
  const { m } = useI18n();
  const message = useRibbonResult(results);
  if (!message) return null;
  return (
    <MessageBar intent={message.kind === "success" ? "success" : "error"} layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{m.ribbonResult}</MessageBarTitle> <span style={{ whiteSpace: "pre-wrap" }}>{message.text}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
