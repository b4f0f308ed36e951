/**
 * The Backtest and Compare sheets' layout, face-neutral: every word in the
 * run's language, dates as date cells, the lift chart over its table and
 * nothing drawn over, the moves matrix adding up.
 */
import { LANGUAGES } from "../../src/engine/language";
import { textsFor } from "../../src/engine/messages";
import { serialFromIso } from "../../src/engine/parse";
import { backtestPlan, CHART_ROWS } from "../../src/workbook/backtestPlan";
import { comparePlan } from "../../src/workbook/comparePlan";
import { chartData, type SheetPlan } from "../../src/workbook/sheetPlan";
import { BACKTEST, CHANGES, COMPARISON } from "../support/backtestResults";

const texts = (language: (typeof LANGUAGES)[number]) => textsFor(language).backtest;
const find = (plan: SheetPlan, first: unknown) => plan.rows.findIndex((r) => r.cells[0] === first);
const strings = (plan: SheetPlan) => plan.rows.flatMap((r) => r.cells.filter((c): c is string => typeof c === "string"));

describe("backtestPlan", () => {
  it.each(LANGUAGES)("writes every word in %s", (language) => {
    const t = texts(language);
    const plan = backtestPlan({ result: BACKTEST, policy: "Cobranza", sheet: "Cartera", texts: t });
    expect(plan.rows[0]).toEqual({ cells: [t.title], emphasis: "title" });
    expect(plan.rows[find(plan, t.auc)].cells[2]).toBe(t.aucWords(0.75));
    if (language !== "en") {
      const english = new Set(strings(backtestPlan({ result: BACKTEST, policy: "Cobranza", sheet: "Cartera", texts: texts("en") })));
      const shared = strings(plan).filter(
        (s) => english.has(s) && !["Call now", "=Automate", "AUC", "Total", "Lift", "-", "Backtest"].includes(s),
      );
      expect(shared).toEqual([]);
    }
  });

  it("puts the AUC in words: 7 in 10, and says when the order is worse than chance", () => {
    expect(texts("en").aucWords(0.7)).toBe(
      "The priority puts the accounts that needed a collector first 7 times in 10 (0.50 is a coin toss).",
    );
    expect(texts("en").aucWords(0.44)).toMatch(/first 4 times in 10 .*Worse than chance/);
    expect(texts("es").aucWords(0.7)).toContain("7 de cada 10 veces");
    expect(texts("pt").aucWords(0.7)).toContain("7 vezes em 10");
  });

  it("writes snapshot dates as date cells in the language's date format", () => {
    const plan = backtestPlan({ result: BACKTEST, policy: "x", sheet: "AR", texts: texts("es") });
    const header = find(plan, texts("es").columns.snapshot);
    expect(plan.rows[header + 1].cells[0]).toBe(serialFromIso("2025-03-31"));
    expect(plan.rows[header + 1].formats?.[0]).toBe("dd/mm/yyyy");
    expect(plan.rows[header + 2].cells.slice(-3)).toEqual([2, 1, 0]);
  });

  it("charts the lift table's found and random columns over its text categories, with room below it", () => {
    const t = texts("en");
    const plan = backtestPlan({ result: BACKTEST, policy: "x", sheet: "AR", texts: t });
    const [chart] = plan.charts;
    const header = find(plan, t.lift.worked);
    expect(chart.firstRow).toBe(header + 1);
    const data = chartData(plan, chart);
    expect(data.categories).toEqual([
      "First 10%",
      "First 20%",
      "First 30%",
      "First 40%",
      "First 50%",
      "First 60%",
      "First 70%",
      "First 80%",
      "First 90%",
      "All",
    ]);
    expect(data.series.map((s) => s.name)).toEqual([t.lift.found, t.lift.random]);
    expect(data.series[0].values).toEqual(BACKTEST.overall.lift.map((p) => p.neededShare));
    expect(chart.place.bottom).toBe(header + CHART_ROWS - 1);
    // Nothing stands right of the table under the chart.
    for (let r = chart.place.top; r <= chart.place.bottom; r++) expect(plan.rows[r].cells.length).toBeLessThanOrEqual(chart.place.left);
  });
});

describe("comparePlan", () => {
  const t = texts("en");
  const plan = comparePlan({
    comparison: COMPARISON,
    names: { first: "Aging", second: "Collections" },
    sheet: "AR",
    changes: CHANGES,
    rowNumber: (r) => r + 1,
    texts: t,
  });

  it("lays the moves out as a matrix whose totals add up", () => {
    const header = find(plan, t.compare.corner);
    expect(plan.rows[header].cells).toEqual([t.compare.corner, "Final notice", "Call now", "Total"]);
    expect(plan.rows[header + 1].cells).toEqual(["90+", 2, 1, 3]);
    expect(plan.rows[header + 2].cells).toEqual(["Current", null, 3, 3]);
    expect(plan.rows[header + 3]).toMatchObject({ cells: ["Total", 2, 4, 6], emphasis: "total" });
  });

  it("lists whose priority changes, in the row the user finds it, and has no chart without backtests", () => {
    const header = find(plan, t.compare.changeColumns.row);
    expect(plan.rows[header + 1].cells).toEqual([5, "Globex", 150, 0, "Current", 5, "Call now", 2, "More urgent"]);
    expect(plan.rows[header + 2].cells[8]).toBe("Less urgent");
    expect(plan.charts).toEqual([]);
  });

  it("with backtests, puts both side by side and charts A, B and a random order", () => {
    const both = comparePlan({
      comparison: COMPARISON,
      names: { first: "Aging", second: "Collections" },
      sheet: "AR",
      changes: CHANGES,
      rowNumber: (r) => r + 1,
      backtests: { first: BACKTEST, second: { ...BACKTEST, overall: { ...BACKTEST.overall, auc: 0.44 } } },
      texts: t,
    });
    expect(both.rows[find(both, t.auc)].cells).toEqual([t.auc, 0.75, 0.44]);
    expect(chartData(both, both.charts[0]).series.map((s) => s.name)).toEqual([
      "A: needed balance found",
      "B: needed balance found",
      t.lift.random,
    ]);
    expect(both.charts[0].referenceSeries).toBe(2);
  });
});
