import { useEffect, useState } from "react";
import type { SegmentationConfig } from "../../engine/config/schema";
import { defaultConfig } from "../../engine/presets";
import { describeRunError } from "../../workbook/errors";
import type { WorkbookPort } from "../../workbook/port";
import { loadConfig } from "../../workbook/configStore";

export interface SavedConfig {
  /** Undefined while loading. */
  readonly config: SegmentationConfig | undefined;
  /** Why the saved configuration could not be used, when it couldn't. */
  readonly problem: string | undefined;
}

/** The configuration saved in the workbook, else the default preset's. */
export function useSavedConfig(port: WorkbookPort): SavedConfig {
  const [state, setState] = useState<SavedConfig>({ config: undefined, problem: undefined });
  useEffect(() => {
    let live = true;
    void loadConfig(port).then((loaded) => {
      if (!live) return;
      const fallback = defaultConfig();
      if (loaded.ok) setState({ config: loaded.value ?? fallback, problem: undefined });
      else setState({ config: fallback, problem: describeRunError(loaded.error) });
    });
    return () => {
      live = false;
    };
  }, [port]);
  return state;
}
