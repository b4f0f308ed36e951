"use strict";
/**
 * The "xlsx face" section of bench/RESULTS.md: xlsx → xlsx beside unzip + zip
 * of the same file, csv → xlsx, and the browser page, each figure beside its
 * bound (issue 12's targets).
 */
const fmt = (n, digits = 0) =>
  n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok) => (ok ? "✅ met" : "❌ not met");

/** Bounds: 100k rows ≤ 4× unzip + zip and ≤ 500 MB; 1,048,575 rows ≤ 3× unzip + zip and ≤ 1.5 GB; browser ≤ 3 s to the first preview, no task over 200 ms. */
const BOUNDS = {
  100000: { ratio: 4, rssMB: 500 },
  1048575: { ratio: 3, rssMB: 1536 },
};

function xlsxSection({ xlsx = [], csv = [], browser } = {}) {
  const out = ["## xlsx face: streaming read, patched write, real PivotTable", ""];
  out.push(
    "The styled ledger of issue 12 (bench/styledLedger.js: 12 columns, date and number formats, a frozen header, an autofilter, a second sheet with a formula), written by ExcelJS's streaming writer. Each run of `arseg` beside the peer measured in the same run on the same file: `unzip` then `zip -r` (default level) of every part, the least a program rewriting the workbook must do.",
    "",
    "| Run | Rows | Input MB | Output MB | arseg ms | unzip + zip ms | Ratio | Bound | Peak RSS MB | Bound MB | Verdict | Re-run on its output ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
  );
  for (const r of xlsx) {
    if (r.error) {
      out.push(`| ${r.error} |`);
      continue;
    }
    const bound = BOUNDS[r.rows] ?? BOUNDS[100000];
    const met = r.ratio <= bound.ratio && r.peakRssMB !== null && r.peakRssMB <= bound.rssMB;
    out.push(
      `| xlsx → xlsx | ${fmt(r.rows)} | ${fmt(r.inputMB, 1)} | ${fmt(r.outputMB, 1)} | ${fmt(r.wallMs)} | ${fmt(r.unzipRezipMs)} | ${fmt(r.ratio, 2)}× | ≤ ${bound.ratio}× | ${fmt(r.peakRssMB)} | ≤ ${fmt(bound.rssMB)} | ${verdict(met)} | ${fmt(r.rerunWallMs)} |`,
    );
  }
  out.push("");
  if (csv.length) {
    out.push(
      "csv → xlsx through the same writer (issue 17 item 8: 300,000 rows took 125 s and 4.2 GB, 1,048,575 rows aborted at the heap limit):",
      "",
      "| Run | Rows | Input MB | Output MB | arseg ms | Peak RSS MB |",
      "|---|---:|---:|---:|---:|---:|",
    );
    for (const r of csv)
      out.push(
        r.error
          ? `| ${r.error} |`
          : `| csv → xlsx | ${fmt(r.rows)} | ${fmt(r.inputMB, 1)} | ${fmt(r.outputMB, 1)} | ${fmt(r.wallMs)} | ${fmt(r.peakRssMB)} |`,
      );
    out.push("");
  }
  if (browser) {
    out.push(
      "The browser page (production build) in Debian's Chromium, headless, on the styled ledger; long tasks from a PerformanceObserver ('longtask') on the page's thread:",
      "",
    );
    if (browser.error) out.push(browser.error, "");
    else
      out.push(
        "| Rows | Open → first preview ms | Bound | Apply ms | Download ms | Longest task ms (opening / applying / downloading) | Tasks over 200 ms | Bound | Page heap MB |",
        "|---:|---:|---:|---:|---:|---|---:|---:|---:|",
        `| ${fmt(browser.rows)} | ${fmt(browser.openToPreviewMs)} | ≤ 3,000 ${verdict(browser.openToPreviewMs <= 3000)} | ${fmt(browser.applyMs)} | ${fmt(browser.downloadMs)} | ${fmt(browser.longestTaskOpeningMs)} / ${fmt(browser.longestTaskApplyingMs)} / ${fmt(browser.longestTaskDownloadingMs)} | ${fmt(browser.longTasksOver200ms)} | 0 ${verdict(browser.longTasksOver200ms === 0)} | ${fmt(browser.pageHeapMB)} |`,
        "",
      );
  }
  return out;
}

module.exports = { xlsxSection };
