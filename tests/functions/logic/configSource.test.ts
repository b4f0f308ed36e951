import { fail, ok, presetConfig, type Result, type SegmentationConfig } from "../../../src/engine";
import { cachedConfigSource } from "../../../src/functions/logic/configSource";
import type { RunError } from "../../../src/workbook/errors";

const aging = presetConfig("aging");
if (!aging.ok) throw new Error("aging preset");

type Loaded = Result<SegmentationConfig | undefined, RunError>;

function deferred(): { promise: Promise<Loaded>; resolve: (value: Loaded) => void } {
  let resolve!: (value: Loaded) => void;
  const promise = new Promise<Loaded>((r) => (resolve = r));
  return { promise, resolve };
}

describe("cachedConfigSource", () => {
  it("reads the workbook once for many calls, including calls made while the read is in flight", async () => {
    const load = jest.fn(async (): Promise<Loaded> => ok(aging.value));
    const source = cachedConfigSource(load);
    const results = await Promise.all([source.get(), source.get(), source.get()]);
    await source.get();
    expect(load).toHaveBeenCalledTimes(1);
    for (const r of results) expect(r).toEqual(ok(aging.value));
  });

  it("uses the collections preset when no configuration is saved", async () => {
    const source = cachedConfigSource(async () => ok(undefined));
    const result = await source.get();
    expect(result.ok && result.value.preset).toBe("collections");
  });

  it("reads again after invalidate", async () => {
    const workbook: { saved?: SegmentationConfig } = {};
    const load = jest.fn(async (): Promise<Loaded> => ok(workbook.saved));
    const source = cachedConfigSource(load);
    expect((await source.get()).ok && (await source.get()).ok).toBe(true);
    workbook.saved = aging.value;
    source.invalidate();
    const result = await source.get();
    expect(result.ok && result.value.preset).toBe("aging");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not keep a read that was in flight when the configuration changed", async () => {
    const first = deferred();
    const load = jest.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce(ok(aging.value));
    const source = cachedConfigSource(load);
    const stale = source.get();
    source.invalidate();
    first.resolve(ok(undefined));
    await stale;
    const fresh = await source.get();
    expect(fresh.ok && fresh.value.preset).toBe("aging");
  });

  it("reports a failed read as a config problem and tries again on the next call", async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce(fail({ kind: "settingsFailed", detail: "workbook closed" }))
      .mockRejectedValueOnce(new Error("connection lost"))
      .mockResolvedValueOnce(ok(aging.value));
    const source = cachedConfigSource(load);
    expect(await source.get()).toEqual(fail({ kind: "config", error: { kind: "settingsFailed", detail: "workbook closed" } }));
    expect(await source.get()).toEqual(fail({ kind: "config", error: { kind: "settingsFailed", detail: "connection lost" } }));
    expect((await source.get()).ok).toBe(true);
  });
});
