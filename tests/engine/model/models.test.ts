import { segment, describeIssue } from "../../../src/engine";
import { STRATEGIES } from "../../../src/engine/presets";
import { config, ledger, outcomes, run, TODAY } from "../../support/engineFixtures";

const S = STRATEGIES.call;
const grid = ledger([
  { customer: "A", invoice: "1", amount: 15000, dueDate: "2026-08-01", riskClass: "High" }, // DPD 113
  { customer: "B", invoice: "2", amount: 2000, dueDate: "2026-08-01", riskClass: "Low" }, // DPD 113
  { customer: "C", invoice: "3", amount: 15000, dueDate: "2026-11-01", riskClass: "Low" }, // DPD 21
  { customer: "D", invoice: "4", amount: 50, dueDate: "2026-12-31", riskClass: "Medium" }, // not due
]);

describe("the rules model", () => {
  const cfg = config({
    version: 2,
    model: {
      kind: "rules",
      rules: [
        { when: "Balance > 10000 and DaysPastDue > 60", segment: "Big and old", priority: 1, strategy: S },
        {
          when: {
            kind: "any",
            conditions: [
              { kind: "compare", field: "RiskClass", op: "=", value: "high" },
              { kind: "compare", field: "DaysPastDue", op: ">", value: 90 },
            ],
          },
          segment: "Risky",
          priority: 2,
          strategy: S,
        },
      ],
      otherwise: { segment: "Rest", priority: 3, strategy: S },
    },
  });

  it("applies the first rule that matches, in order", () => {
    expect(outcomes(run(grid, cfg)).map((o) => o.segment)).toEqual(["Big and old", "Risky", "Rest", "Rest"]);
  });

  it("compares text without regard to case or accents", () => {
    const accents = config({
      version: 2,
      model: {
        kind: "rules",
        rules: [{ when: 'RiskClass = "LÓW"', segment: "Low", priority: 1, strategy: S }],
        otherwise: { segment: "Other", priority: 2, strategy: S },
      },
    });
    expect(outcomes(run(grid, accents)).map((o) => o.segment)).toEqual(["Other", "Low", "Low", "Other"]);
  });

  it("names the rule and the values that decided in the reason", () => {
    const reason = outcomes(run(grid, cfg))[0].reason;
    expect(reason).toBe('Rule 1 "Big and old": Balance > 10000 and DaysPastDue > 60 (Balance 15,000, DaysPastDue 113)');
  });

  it("tests any other column of the sheet by its header", () => {
    const withRegion = [
      ["Customer", "Amount", "Due Date", "Region"],
      ["A", 10, "2026-11-01", "North"],
      ["B", 10, "2026-11-01", "South"],
    ];
    const byRegion = config({
      version: 2,
      model: {
        kind: "rules",
        rules: [{ when: '[Region] = "north"', segment: "North team", priority: 1, strategy: S }],
        otherwise: { segment: "Others", priority: 2, strategy: S },
      },
    });
    expect(outcomes(run(withRegion, byRegion)).map((o) => o.segment)).toEqual(["North team", "Others"]);
  });

  it("reports a field that is neither built in nor a column", () => {
    const unknown = config({
      version: 2,
      model: {
        kind: "rules",
        rules: [{ when: "Territory = 3", segment: "X", priority: 1, strategy: S }],
        otherwise: { segment: "Y", priority: 2, strategy: S },
      },
    });
    const result = segment(grid, { config: unknown, sheet: "Ledger", today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeIssue(result.error)).toMatch(/"Territory" is neither a built-in field nor a column of sheet "Ledger"/);
  });
});

describe("the points model", () => {
  const cfg = config({
    version: 2,
    model: {
      kind: "points",
      rules: [
        { name: "Over 60 days", when: "DaysPastDue > 60", points: 50 },
        { name: "Large balance", when: "Balance >= 10000", points: 30 },
        { name: "High risk", when: 'RiskLevel = "High"', points: 20 },
      ],
      bands: [
        { minPercent: 80, segment: "Urgent", priority: 1, strategy: S },
        { minPercent: 40, segment: "Soon", priority: 2, strategy: S },
        { minPercent: 0, segment: "Later", priority: 3, strategy: S },
      ],
    },
  });
  const out = outcomes(run(grid, cfg));

  it("sums the points of every satisfied rule and bands the percentage", () => {
    expect(out.map((o) => [o.segment, o.score])).toEqual([
      ["Urgent", 100],
      ["Soon", 50],
      ["Later", 30],
      ["Later", 0],
    ]);
  });

  it("lists the rules that scored in the reason", () => {
    expect(out[1].reason).toBe("50% of 100 points (band from 40%): Over 60 days +50");
  });
});

describe("the score model", () => {
  it("bands the propensity score", () => {
    const cfg = config({
      version: 2,
      scoreCard: [
        {
          field: "DaysPastDue",
          weight: 1,
          ranges: [
            { max: 1, score: 100 },
            { min: 1, max: 61, score: 60 },
            { min: 61, score: 10 },
          ],
        },
      ],
      model: {
        kind: "score",
        bands: [
          { minScore: 70, segment: "Likely", priority: 3, strategy: S },
          { minScore: 40, segment: "Watch", priority: 2, strategy: S },
          { minScore: 0, segment: "Unlikely", priority: 1, strategy: S },
        ],
      },
    });
    const out = outcomes(run(grid, cfg));
    expect(out.map((o) => [o.segment, o.score])).toEqual([
      ["Unlikely", 10],
      ["Unlikely", 10],
      ["Watch", 60],
      ["Likely", 100],
    ]);
    expect(out[2].reason).toContain("DaysPastDue 21 → 60");
  });
});

describe("the matrix model", () => {
  it("reads a 2×2 matrix of risk level × value level", () => {
    const cfg = config({
      version: 2,
      model: {
        kind: "matrix",
        risk: { field: "DaysPastDue", cuts: [30] },
        value: { field: "Balance", cuts: [10000] },
        cells: [
          [
            { segment: "Automate", priority: 4, strategy: S },
            { segment: "Protect", priority: 3, strategy: S },
          ],
          [
            { segment: "Strict terms", priority: 2, strategy: S },
            { segment: "Intensive", priority: 1, strategy: S },
          ],
        ],
      },
    });
    expect(outcomes(run(grid, cfg)).map((o) => o.segment)).toEqual(["Intensive", "Strict terms", "Protect", "Automate"]);
  });
});
