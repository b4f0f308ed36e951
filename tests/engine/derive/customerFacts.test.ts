import type { CellValue } from "../../../src/engine";
import { config, preset, run } from "../../support/engineFixtures";

const STRATEGY = { channel: "None", action: "Look", tone: "Neutral" } as const;

/** Customer level: "Old" when the customer's oldest open invoice is more than 10 days past due. */
const oldest = config({
  version: 2,
  level: "customer",
  asOf: "2026-01-31",
  model: {
    kind: "rules",
    rules: [{ when: "OldestDaysPastDue > 10", segment: "Old", priority: 1, strategy: STRATEGY }],
    otherwise: { segment: "Young", priority: 2, strategy: STRATEGY },
  },
});

describe("customer facts", () => {
  it("takes the oldest open invoice whatever the row order, when some invoice has no due date", () => {
    const header: CellValue[] = ["Customer", "Balance", "Due Date"];
    const dated: CellValue[] = ["ACME", 10, "2025-12-01"];
    const undated: CellValue[] = ["ACME", 20, null];
    for (const rows of [
      [dated, undated],
      [undated, dated],
    ]) {
      const result = run([header, ...rows], oldest);
      expect(result.outcome(0).segment).toBe("Old");
      expect(result.outcome(0).reason).toBe('Rule 1 "Old": OldestDaysPastDue > 10 (OldestDaysPastDue 61)');
    }
  });

  it("reads the invoice amount of a row paid after the as-of date in every preset", () => {
    const grid: CellValue[][] = [
      ["Customer", "Invoice", "Amount", "Balance", "Due Date", "Paid Date"],
      ["ACME", "INV-1", 500, 0, "2025-12-01", "2026-02-15"],
    ];
    for (const name of ["aging", "collections"]) {
      const result = run(grid, { ...preset(name), asOf: "2026-01-31" });
      expect(result.outcome(0).openBalance).toBe(500);
      expect(result.outcome(0).bucket).toBe("61-90");
    }
  });
});

describe("first rules", () => {
  it("read the columns they test, as the model's own rules do", () => {
    const first = config({
      version: 2,
      asOf: "2026-01-31",
      model: {
        kind: "score",
        first: [{ when: 'Industry = "Retail" and [Region] = "North"', segment: "Retail north", priority: 1, strategy: STRATEGY }],
        bands: [{ minScore: 0, segment: "Scored", priority: 2, strategy: STRATEGY }],
      },
    });
    const grid: CellValue[][] = [
      ["Customer", "Balance", "Due Date", "Industry", "Region"],
      ["ACME", 10, "2025-12-01", "Retail", "North"],
      ["Beta", 10, "2025-12-01", "Retail", "South"],
    ];
    const result = run(grid, first);
    expect([result.outcome(0).segment, result.outcome(1).segment]).toEqual(["Retail north", "Scored"]);
  });
});

describe("a points model with first rules", () => {
  it("gives a row a first rule decides its points percentage as its Score", () => {
    const points = config({
      version: 2,
      asOf: "2026-01-31",
      model: {
        kind: "points",
        first: [{ when: "Balance >= 5000", segment: "Large", priority: 1, strategy: STRATEGY }],
        rules: [
          { name: "Overdue", when: "DaysPastDue > 0", points: 3 },
          { name: "Large", when: "Balance > 100", points: 1 },
        ],
        bands: [{ minPercent: 0, segment: "Scored", priority: 2, strategy: STRATEGY }],
      },
    });
    const result = run(
      [
        ["Customer", "Balance", "Due Date"],
        ["ACME", 5000, "2026-01-01"],
      ],
      points,
    );
    expect(result.outcome(0).segment).toBe("Large");
    expect(result.outcome(0).score).toBe(100);
  });
});
