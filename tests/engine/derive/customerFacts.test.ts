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
