import type { ScoreFactor } from "../config/schema";

/** Collectability by age: the older the debt, the less likely it is paid without work. */
const BY_AGE: ScoreFactor["ranges"] = [
  { max: 1, score: 100 },
  { min: 1, max: 31, score: 80 },
  { min: 31, max: 61, score: 55 },
  { min: 61, max: 91, score: 30 },
  { min: 91, score: 10 },
];

/**
 * The default propensity-to-pay score card (0-100, higher pays sooner),
 * weights summing to 1. Overdue-amount and tenure ranges follow the ranges
 * quoted for Oracle Advanced Collections; the rest are ours.
 */
export const DEFAULT_SCORE_CARD: ScoreFactor[] = [
  { field: "DaysPastDue", weight: 0.35, missing: 50, ranges: BY_AGE },
  {
    field: "AvgDaysLate",
    weight: 0.25,
    missing: 50,
    ranges: [
      { max: 1, score: 100 },
      { min: 1, max: 16, score: 85 },
      { min: 16, max: 31, score: 70 },
      { min: 31, max: 61, score: 40 },
      { min: 61, max: 91, score: 20 },
      { min: 91, score: 5 },
    ],
  },
  {
    field: "CustomerOverdue",
    weight: 0.15,
    missing: 50,
    ranges: [
      { max: 1000, score: 100 },
      { min: 1000, max: 5000, score: 50 },
      { min: 5000, max: 10000, score: 25 },
      { min: 10000, score: 10 },
    ],
  },
  {
    field: "TenureMonths",
    weight: 0.1,
    missing: 50,
    ranges: [
      { max: 12, score: 10 },
      { min: 12, max: 36, score: 50 },
      { min: 36, max: 60, score: 75 },
      { min: 60, score: 100 },
    ],
  },
  {
    field: "BrokenPromises",
    weight: 0.1,
    missing: 70,
    ranges: [
      { max: 1, score: 100 },
      { min: 1, max: 2, score: 50 },
      { min: 2, score: 10 },
    ],
  },
  {
    field: "RiskLevel",
    weight: 0.05,
    missing: 50,
    ranges: [
      { equals: "Low", score: 100 },
      { equals: "Medium", score: 60 },
      { equals: "High", score: 20 },
    ],
  },
];

/**
 * The `aging` preset's score card: collectability by age alone, so an aging
 * run reads only balances, dates and paid dates (no payment history, tenure,
 * promises or risk to work out).
 */
export const AGING_SCORE_CARD: ScoreFactor[] = [{ field: "DaysPastDue", weight: 1, missing: 50, ranges: BY_AGE }];
