/** The signals that stop a run and still let it clean up (SIGKILL allows nothing; the next run removes what it left). */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs `cleanUp` (synchronous) when the process is interrupted, then lets the
 * signal end the process as it would have (exit status 128 + the signal's
 * number, as shells expect). Returns what removes the handlers again.
 *
 * @example
 * const stop = onInterrupt(() => outputs.discard());
 * try { await run(); } finally { stop(); }
 */
export function onInterrupt(cleanUp: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    remove();
    try {
      cleanUp();
    } finally {
      process.kill(process.pid, signal);
    }
  };
  const remove = () => {
    for (const signal of SIGNALS) process.off(signal, handler);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return remove;
}

/**
 * Lets the event loop turn, so a signal that arrived during a long
 * synchronous stretch (reading or writing a large file) is handled now and
 * not only when the run is over.
 */
export function letSignalsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
