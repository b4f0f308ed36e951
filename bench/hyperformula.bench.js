"use strict";
/**
 * The same `aging` segmentation and summary written the way an accountant
 * would in a spreadsheet (TRUE() rather than the TRUE literal, which HyperFormula
 * does not read in IFS), evaluated by HyperFormula: per row an =IF/IFS for
 * the segment (the aging bucket, or Paid) and an =IFS for the priority, plus
 * the COUNTIFS / SUMIFS grid of segment × bucket. Timed from building the
 * sheet to reading the grid; the engine's figures are checked against it.
 *
 *   node --expose-gc bench/hyperformula.bench.js <rows>
 */
const { HyperFormula } = require("hyperformula");
const { requireDist, peakRssMB, round, emit } = require("./lib");
const { generateLedger } = require("./generateLedger");

const rows = Number(process.argv[2] || 10000);
const engine = requireDist("engine/index.js");
const grid = generateLedger({ rows, dates: "serial" });
const LABELS = ["Current", "1-30", "31-60", "61-90", "90+", "Paid"];
const n = grid.length; // header included
const SEG = "Q"; // column 17: Segment formula
const asOfCell = "$T$1";

function sheetWithFormulas() {
  const data = grid.map((row) => row.map((v) => (v === "" ? null : v)));
  data[0].push("Segment", "Priority", null, 45838);
  for (let r = 2; r <= n; r++) {
    const row = data[r - 1];
    const dpd = `(${asOfCell}-D${r})`;
    row[16] = `=IF(G${r}<>"","Paid",IFS(${dpd}<=0,"Current",${dpd}<=30,"1-30",${dpd}<=60,"31-60",${dpd}<=90,"61-90",TRUE(),"90+"))`;
    row[17] = `=IFS(Q${r}="Paid","",Q${r}="90+",1,Q${r}="61-90",2,Q${r}="31-60",3,Q${r}="1-30",4,TRUE(),5)`;
  }
  return data;
}

function summaryGrid() {
  const seg = `Ledger!$${SEG}$2:$${SEG}$${n}`;
  const bal = `Ledger!$F$2:$F$${n}`;
  const out = [["Segment", ...LABELS.map((l) => `${l} count`), ...LABELS.map((l) => `${l} balance`)]];
  out.push([null, ...LABELS, ...LABELS]);
  LABELS.forEach((segment, s) => {
    const r = s + 3;
    const line = [segment];
    LABELS.forEach((_, b) => line.push(`=COUNTIFS(${seg},$A${r},${seg},${String.fromCharCode(66 + b)}$2)`));
    LABELS.forEach((_, b) => line.push(`=SUMIFS(${bal},${seg},$A${r},${seg},${String.fromCharCode(72 + b)}$2)`));
    out.push(line);
  });
  return out;
}

const t0 = process.hrtime.bigint();
const hf = HyperFormula.buildFromSheets(
  { Ledger: sheetWithFormulas(), Summary: summaryGrid() },
  { licenseKey: "gpl-v3", maxRows: 1048576 },
);
const summaryId = hf.getSheetId("Summary");
const counts = LABELS.map((_, s) => LABELS.map((__, b) => hf.getCellValue({ sheet: summaryId, row: s + 2, col: 1 + b })));
const hfMs = Number(process.hrtime.bigint() - t0) / 1e6;
const hfPeak = peakRssMB();
hf.destroy();

const config = engine.presetConfig("aging").value;
const e0 = process.hrtime.bigint();
const result = engine.segment(grid, { config, sheet: "Ledger", today: "2025-06-30" });
const engineMs = Number(process.hrtime.bigint() - e0) / 1e6;
if (!result.ok) throw new Error(engine.describeIssue(result.error));
const summary = result.value.summary;
let agree = true;
if (process.env.DEBUG) console.log(JSON.stringify(counts), JSON.stringify(summary.segments.map((s) => [s.segment, s.count])));
for (const line of summary.segments) {
  const s = LABELS.indexOf(line.segment);
  const total = counts[s].reduce((a, b) => a + b, 0);
  if (total !== line.count) agree = false;
}
emit({
  bench: "hyperformula",
  rows,
  formulas: (n - 1) * 2 + 72,
  hyperFormulaMs: round(hfMs),
  engineAgingMs: round(engineMs),
  ratio: round(hfMs / engineMs, 1),
  countsAgree: agree,
  peakRssMB: round(hfPeak),
});
