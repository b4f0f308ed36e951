import type { FromWorker, ToWorker } from "../../../src/taskpane/preview/previewProtocol";
import type { PreviewRequest, PreviewResult } from "../../../src/taskpane/preview/previewTypes";
import { createWorkerRunner, type WorkerLike } from "../../../src/taskpane/preview/workerRunner";
import type { CheckRequest } from "../../../src/taskpane/checkRules/checkTypes";

function fakeWorker() {
  const posted: ToWorker[] = [];
  const worker: WorkerLike & { posted: ToWorker[]; answer(id: number, result: PreviewResult): void; terminated: boolean } = {
    posted,
    terminated: false,
    onmessage: null,
    postMessage: (message) => posted.push(message),
    terminate() {
      this.terminated = true;
    },
    answer(id, result) {
      this.onmessage?.({ data: { id, result } } as MessageEvent<FromWorker>);
    },
  };
  return worker;
}

const request = (asOf: string) => ({ config: { asOf }, today: "2026-11-22" }) as unknown as PreviewRequest;
const result = (message: string): PreviewResult => ({ ok: false, message });
const runs = (posted: ToWorker[]) => posted.filter((m): m is Extract<ToWorker, { type: "run" }> => m.type === "run");

describe("the worker preview runner", () => {
  it("sends the rows once and each run with an id", async () => {
    const worker = fakeWorker();
    const runner = createWorkerRunner(worker);
    runner.load({ values: [["a"]], sheet: "S", date1904: false, origin: { top: 0, left: 0 } });
    const first = runner.run(request("2026-01-01"));
    expect(worker.posted.map((m) => m.type)).toEqual(["load", "run"]);
    worker.answer(runs(worker.posted)[0].id, result("one"));
    await expect(first).resolves.toEqual(result("one"));
  });

  it("keeps one run waiting and drops the ones it replaces", async () => {
    const worker = fakeWorker();
    const runner = createWorkerRunner(worker);
    const first = runner.run(request("2026-01-01"));
    const second = runner.run(request("2026-01-02"));
    const third = runner.run(request("2026-01-03"));
    await expect(second).resolves.toBeUndefined();
    expect(runs(worker.posted)).toHaveLength(1);
    worker.answer(runs(worker.posted)[0].id, result("first"));
    await expect(first).resolves.toEqual(result("first"));
    const sent = runs(worker.posted);
    expect(sent).toHaveLength(2);
    expect((sent[1].request.config as { asOf: string }).asOf).toBe("2026-01-03");
    worker.answer(sent[0].id, result("late answer for an old id"));
    worker.answer(sent[1].id, result("third"));
    await expect(third).resolves.toEqual(result("third"));
  });

  it("stops the worker when disposed", () => {
    const worker = fakeWorker();
    createWorkerRunner(worker).dispose();
    expect(worker.terminated).toBe(true);
  });

  it("sends a check beside the runs and answers each check with its own result, whatever the preview queue holds", async () => {
    const worker = fakeWorker();
    const runner = createWorkerRunner(worker);
    const preview = runner.run(request("2026-01-01"));
    const check = runner.check!({ config: {}, horizonDays: 30, today: "2026-11-22" } as unknown as CheckRequest);
    const sent = worker.posted.find((m): m is Extract<ToWorker, { type: "check" }> => m.type === "check")!;
    expect(sent.request.horizonDays).toBe(30);
    worker.onmessage?.({ data: { id: sent.id, check: { ok: false, message: "checked" } } } as MessageEvent<FromWorker>);
    await expect(check).resolves.toEqual({ ok: false, message: "checked" });
    worker.answer(runs(worker.posted)[0].id, result("preview"));
    await expect(preview).resolves.toEqual(result("preview"));
  });
});
