import { CONFIG_VERSION, type ConfigInput, type Outcome, type SegmentRule } from "../config/schema";
import { bucketLabels } from "../derive/buckets";
import { AGING_SCORE_CARD } from "./scoreCard";
import { STRATEGIES } from "./strategies";

/** The default aging edges: Current, 1-30, 31-60, 61-90, 90+. */
export const DEFAULT_EDGES = [0, 30, 60, 90];

const paidRule: SegmentRule = { when: "Paid", segment: "Paid", priority: null, strategy: STRATEGIES.noAction };
/** First in every preset: a credit (credit note, unapplied cash, overpayment; at customer level a net credit) is never chased. */
const creditRule: SegmentRule = { when: "Credit", segment: "Credit", priority: null, strategy: STRATEGIES.applyCredit };

/**
 * `aging`: invoice level, Segment = the aging bucket; priority 1 for the
 * oldest bucket down to the number of buckets for Current; Paid rows get
 * "Paid" and no priority. Rules are generated from the edges.
 */
export function agingPreset(edges: readonly number[] = DEFAULT_EDGES): ConfigInput {
  const labels = bucketLabels(edges);
  const n = labels.length;
  const ladder = [STRATEGIES.proactive, STRATEGIES.friendlyReminder, STRATEGIES.firmReminder, STRATEGIES.finalNotice, STRATEGIES.legal];
  // Oldest bucket first: legal; then final notice, firm, friendly; Current gets the courtesy reminder.
  const strategyFor = (k: number) => (k === 0 ? ladder[0] : ladder[Math.max(1, ladder.length - (n - k))]);
  const rules: SegmentRule[] = [creditRule, paidRule];
  for (let k = n - 1; k >= 0; k--) {
    const when =
      k === n - 1
        ? `DaysPastDue > ${edges[k - 1]}`
        : k === 0
          ? `DaysPastDue <= ${edges[0]}`
          : `DaysPastDue > ${edges[k - 1]} and DaysPastDue <= ${edges[k]}`;
    rules.push({ when, segment: labels[k], priority: n - k, strategy: strategyFor(k) });
  }
  return {
    version: CONFIG_VERSION,
    name: "Aging buckets",
    preset: "aging",
    level: "invoice",
    agingEdges: [...edges],
    scoreCard: AGING_SCORE_CARD,
    model: { kind: "rules", rules, otherwise: { segment: labels[0], priority: n, strategy: STRATEGIES.proactive } },
  };
}

/** `behaviour`: customer level, grade from the amount-weighted average days late. */
export function behaviourPreset(edges: readonly number[] = DEFAULT_EDGES): ConfigInput {
  const grade = (g: string, priority: number, strategy: Outcome["strategy"]): SegmentRule => ({
    when: `PaymentGrade = "${g}"`,
    segment: g,
    priority,
    strategy,
  });
  return {
    version: CONFIG_VERSION,
    name: "Payment behaviour grades",
    preset: "behaviour",
    level: "customer",
    agingEdges: [...edges],
    model: {
      kind: "rules",
      rules: [
        creditRule,
        grade("D", 1, STRATEGIES.finalNotice),
        grade("C", 2, STRATEGIES.call),
        grade("B", 3, STRATEGIES.firmReminder),
        grade("A", 4, STRATEGIES.automate),
      ],
      otherwise: { segment: "No history", priority: 5, strategy: STRATEGIES.friendlyReminder },
    },
  };
}

/** `risk-value`: customer level, 3×3 matrix of propensity score × customer balance. */
export function riskValuePreset(edges: readonly number[] = DEFAULT_EDGES): ConfigInput {
  const cell = (segment: string, priority: number, strategy: Outcome["strategy"]): Outcome => ({ segment, priority, strategy });
  return {
    version: CONFIG_VERSION,
    name: "Risk × value",
    preset: "risk-value",
    level: "customer",
    agingEdges: [...edges],
    model: {
      kind: "matrix",
      first: [creditRule],
      risk: { field: "Score", cuts: [40, 70], higherIsRiskier: false },
      value: { field: "CustomerBalance", cuts: [5000, 25000] },
      cells: [
        [
          cell("Automate", 5, STRATEGIES.automate),
          cell("Automate", 5, STRATEGIES.automate),
          cell("Protect relationship", 3, STRATEGIES.protect),
        ],
        [
          cell("Reminder", 4, STRATEGIES.firmReminder),
          cell("Follow up", 3, STRATEGIES.call),
          cell("Personal follow-up", 2, STRATEGIES.intensive),
        ],
        [
          cell("Strict terms", 3, STRATEGIES.strictTerms),
          cell("Intensive follow-up", 2, STRATEGIES.intensive),
          cell("Intensive follow-up", 1, STRATEGIES.intensive),
        ],
      ],
    },
  };
}

/** `new-and-problem-customers`: customer level, the four families Latin-American teams use. */
export function newAndProblemPreset(edges: readonly number[] = DEFAULT_EDGES): ConfigInput {
  return {
    version: CONFIG_VERSION,
    name: "New and problem customers",
    preset: "new-and-problem-customers",
    level: "customer",
    agingEdges: [...edges],
    model: {
      kind: "rules",
      rules: [
        creditRule,
        { when: "Paid", segment: "No balance", priority: null, strategy: STRATEGIES.noAction },
        {
          when: "RecentLatePayments >= 2 or BrokenPromises >= 1",
          segment: "Recent payment problems",
          priority: 1,
          strategy: STRATEGIES.brokenPromise,
        },
        { when: "MissingContact", segment: "Hard to contact", priority: 2, strategy: STRATEGIES.findContact },
        { when: "Score < 40", segment: "Low propensity", priority: 2, strategy: STRATEGIES.call },
        { when: "NewCustomer", segment: "New customer", priority: 3, strategy: STRATEGIES.welcome },
        { when: "Score >= 70", segment: "High propensity", priority: 5, strategy: STRATEGIES.automate },
      ],
      otherwise: { segment: "Medium propensity", priority: 4, strategy: STRATEGIES.firmReminder },
    },
  };
}

/** `collections`: the blended default; invoice level, using whatever columns the sheet has. */
export function collectionsPreset(edges: readonly number[] = DEFAULT_EDGES): ConfigInput {
  return {
    version: CONFIG_VERSION,
    name: "Collections (blended)",
    preset: "collections",
    level: "invoice",
    agingEdges: [...edges],
    model: {
      kind: "rules",
      rules: [
        creditRule,
        paidRule,
        { when: "Disputed", segment: "Dispute", priority: 4, strategy: STRATEGIES.dispute },
        { when: "PromisePending", segment: "Promise to pay", priority: 5, strategy: STRATEGIES.promise },
        { when: "DaysPastDue > 90", segment: "Final notice / legal", priority: 1, strategy: STRATEGIES.legal },
        { when: "BrokenPromises >= 1 and DaysPastDue > 0", segment: "Broken promise", priority: 1, strategy: STRATEGIES.brokenPromise },
        { when: "DaysPastDue > 60", segment: "Seriously overdue", priority: 2, strategy: STRATEGIES.finalNotice },
        {
          when: 'DaysPastDue > 30 and (PaymentGrade in ("C", "D") or Score < 40)',
          segment: "At risk",
          priority: 2,
          strategy: STRATEGIES.intensive,
        },
        { when: "DaysPastDue > 30", segment: "Overdue", priority: 3, strategy: STRATEGIES.call },
        { when: "DaysPastDue > 0 and MissingContact", segment: "Hard to contact", priority: 3, strategy: STRATEGIES.findContact },
        { when: "DaysPastDue > 0 and Score >= 70", segment: "Will pay anyway", priority: 5, strategy: STRATEGIES.automate },
        { when: "DaysPastDue > 0", segment: "Reminder", priority: 4, strategy: STRATEGIES.friendlyReminder },
        { when: "DaysPastDue > -8 and Balance >= 5000", segment: "Pre-due reminder", priority: 5, strategy: STRATEGIES.proactive },
      ],
      otherwise: { segment: "Current", priority: 6, strategy: STRATEGIES.waitUntilDue },
    },
  };
}
