import { useEffect, useState } from "react";
import type { CommandMessage, ResultListener } from "../../commands/lastResult";

/** Where ribbon commands publish their outcome (src/commands/lastResult in the add-in). */
export interface RibbonResults {
  latest(): CommandMessage | undefined;
  subscribe(listener: ResultListener): () => void;
}

/** The last ribbon command's message, kept up to date while the pane is open. */
export function useRibbonResult(results: RibbonResults | undefined): CommandMessage | undefined {
  const [message, setMessage] = useState<CommandMessage | undefined>(() => results?.latest());
  useEffect(() => (results ? results.subscribe(setMessage) : undefined), [results]);
  return message;
}
