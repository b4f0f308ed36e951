import { defaultConfig, fail, ok, type Result, type SegmentationConfig } from "../../engine";
import type { RunError } from "../../workbook/errors";
import type { FunctionProblem } from "./problems";

/** Where the row functions get the configuration from (the workbook's saved one, in Excel). */
export interface ConfigSource {
  get(): Promise<Result<SegmentationConfig, FunctionProblem>>;
}

/** A config source that can be told the saved configuration changed. */
export interface CachedConfigSource extends ConfigSource {
  /** Forgets the cached configuration: the next call reads the workbook again. */
  invalidate(): void;
}

/** Reads the saved configuration: undefined when none is saved. */
export type ConfigLoader = () => Promise<Result<SegmentationConfig | undefined, RunError>>;

/** The configuration used when the workbook has none saved: the engine's default preset. */
export { defaultConfig };

/**
 * Caches the loaded configuration in memory so that a sheet of 5,000 formulas
 * reads the workbook settings once, not 5,000 times. All calls made while a
 * load is in flight share it. A failed load is not cached (the next call
 * tries again), and a load that was in flight when `invalidate` was called is
 * not cached either, so a save is never overwritten by the read before it.
 *
 * @example
 * const source = cachedConfigSource(() => loadConfig(port));
 * await source.get(); // reads the workbook
 * await source.get(); // from memory
 * source.invalidate(); // after the task pane saves
 */
export function cachedConfigSource(load: ConfigLoader): CachedConfigSource {
  let cached: Promise<Result<SegmentationConfig, FunctionProblem>> | undefined;
  let generation = 0;

  const read = async (): Promise<Result<SegmentationConfig, FunctionProblem>> => {
    try {
      const loaded = await load();
      if (!loaded.ok) return fail({ kind: "config", error: loaded.error });
      return ok(loaded.value ?? defaultConfig());
    } catch (cause) {
      // An Office call that throws (the workbook closing, a lost connection) is a settings failure too.
      const detail = cause instanceof Error ? cause.message : String(cause);
      return fail({ kind: "config", error: { kind: "settingsFailed", detail } });
    }
  };

  return {
    get() {
      if (cached) return cached;
      const mine = ++generation;
      const pending = read().then((result) => {
        if (!result.ok && generation === mine) cached = undefined;
        return result;
      });
      cached = pending;
      return pending;
    },
    invalidate() {
      generation++;
      cached = undefined;
    },
  };
}

/** A source that always gives the same configuration (tests, benchmarks). */
export function fixedConfigSource(config: SegmentationConfig): ConfigSource {
  const result = ok(config);
  return { get: async () => result };
}
