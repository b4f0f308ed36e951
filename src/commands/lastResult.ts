/**
 * The outcome of the last ribbon command, for the task pane to show. Ribbon
 * commands have no UI of their own in Excel, so a command publishes its
 * message here and the pane (which runs in the same shared runtime) shows it.
 *
 * The store lives on `globalThis` under a registered symbol: webpack builds the
 * commands and the task pane as separate entries, each with its own copy of
 * this module, and both must see the same store.
 */

export interface CommandMessage {
  readonly kind: "success" | "error";
  readonly text: string;
}

export type ResultListener = (message: CommandMessage) => void;

interface Store {
  last?: CommandMessage;
  readonly listeners: Set<ResultListener>;
}

const KEY = Symbol.for("ar-segmentation.lastCommandResult");

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[KEY] ??= { listeners: new Set() });
}

/** Records a command's outcome and tells every listener. */
export function publishResult(message: CommandMessage): void {
  const s = store();
  s.last = message;
  for (const listener of [...s.listeners]) listener(message);
}

/**
 * Calls `listener` with each new result; returns the function that stops it.
 *
 * @example
 * const stop = subscribe((m) => setBanner(m));
 */
export function subscribe(listener: ResultListener): () => void {
  const s = store();
  s.listeners.add(listener);
  return () => void s.listeners.delete(listener);
}

/** The last published result, for a pane that opens after the command ran. */
export function latestResult(): CommandMessage | undefined {
  return store().last;
}
