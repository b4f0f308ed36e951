/**
 * The browser page on a 100,000-row styled ledger in real Chromium: open the
 * file, wait for the first preview, apply, download. Every main-thread task
 * over 50 ms is recorded by a PerformanceObserver ('longtask'), with the
 * time from choosing the file to the first preview and the tab's heap. The
 * page is a production build, as users get it.
 *
 *   node bench/tsRun.js bench/browser.bench.ts [rows]
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { execFileSync } from "child_process";
import { launchChromium } from "../tests/support/e2eBrowser";
import { serveFolder } from "../tests/support/e2eServer";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeStyledLedger } = require("./styledLedger") as { writeStyledLedger: (rows: number, file: string) => Promise<void> };

const rows = Number(process.argv[2] ?? 100000);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "arseg-browser-bench-"));
  const file = join(dir, "ledger.xlsx");
  await writeStyledLedger(rows, file);
  // A production build (what users get: React's production mode), office.js served beside the page.
  const site = join(dir, "site");
  const root = join(__dirname, "..");
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", "officeJs=local", "--output-path", site],
    { cwd: root, stdio: "pipe" },
  );
  const server = await serveFolder(site);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByLabel("Open workbook").waitFor({ timeout: 60000 });
    const mark = () => page.evaluate(() => performance.now());
    const openedAt = await mark();
    await page.getByLabel("Open workbook").setInputFiles(file);
    await page.getByRole("table", { name: "Rows and balance by segment" }).waitFor({ timeout: 300000 });
    const previewAt = await mark();
    await page.getByRole("button", { name: "Apply segmentation" }).click();
    await page.getByRole("button", { name: "Download segmented workbook" }).waitFor({ timeout: 300000 });
    const appliedAt = await mark();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 300000 }),
      page.getByRole("button", { name: "Download segmented workbook" }).click(),
    ]);
    const saved = join(dir, "out.xlsx");
    await download.saveAs(saved);
    const downloadedAt = await mark();
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
    const heap = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
    );
    const phase = (from: number, to: number) =>
      tasks.filter((t) => t.start >= from && t.start < to).reduce((m, t) => Math.max(m, t.duration), 0);
    process.stdout.write(
      JSON.stringify({
        bench: "browser",
        rows,
        inputMB: Math.round((statSync(file).size / 1048576) * 10) / 10,
        outputMB: Math.round((statSync(saved).size / 1048576) * 10) / 10,
        openToPreviewMs: Math.round(previewAt - openedAt),
        applyMs: Math.round(appliedAt - previewAt),
        downloadMs: Math.round(downloadedAt - appliedAt),
        longestTaskMs: Math.round(tasks.reduce((m, t) => Math.max(m, t.duration), 0)),
        longestTaskOpeningMs: Math.round(phase(openedAt, previewAt)),
        longestTaskApplyingMs: Math.round(phase(previewAt, appliedAt)),
        longestTaskDownloadingMs: Math.round(phase(appliedAt, downloadedAt)),
        longTasksOver200ms: tasks.filter((t) => t.duration > 200).length,
        pageHeapMB: heap === null ? null : Math.round(heap / 1048576),
      }) + "\n",
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
