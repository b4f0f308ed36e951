import { useI18n } from "../i18n";
import { useEffect, useRef, useState } from "react";
import type { SegmentationConfig } from "../../engine/config/schema";
import type { PreviewData, PreviewResult, PreviewRunner } from "../preview/previewTypes";

/** Edits closer together than this make one preview run. */
export const PREVIEW_DEBOUNCE_MS = 150;

export interface PreviewState {
  /** The latest preview that finished for the current data; stale results never land here. */
  readonly result: PreviewResult | undefined;
  /** A newer preview is on its way (debouncing or running). */
  readonly updating: boolean;
}

/**
 * Segments the rows read once with the configuration as it is edited:
 * debounced, and guarded by a generation counter so an older run's result
 * never overwrites a newer one's (runs can finish out of order in a worker).
 */
export function usePreview(
  runner: PreviewRunner,
  data: PreviewData | undefined,
  config: SegmentationConfig | undefined,
  today: string,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ result: undefined, updating: false });
  // The pane's language decides the run's when neither the configuration nor the headers do.
  const { locale } = useI18n();
  const generation = useRef(0);

  useEffect(() => {
    generation.current++;
    setState({ result: undefined, updating: false });
    if (data) runner.load(data);
  }, [runner, data]);

  useEffect(() => {
    const mine = ++generation.current;
    if (!data || !config) {
      setState((s) => (s.updating ? { ...s, updating: false } : s));
      return;
    }
    setState((s) => (s.updating ? s : { ...s, updating: true }));
    const timer = setTimeout(() => {
      void runner.run({ config, today, displayLanguage: locale }).then((result) => {
        if (mine !== generation.current || result === undefined) return;
        setState({ result, updating: false });
      });
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [runner, data, config, today, locale]);

  return state;
}
