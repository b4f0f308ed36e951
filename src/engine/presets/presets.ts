import { CONFIG_VERSION, type ConfigInput, type Outcome, type SegmentRule, type Strategy } from "../config/schema";
import { bucketLabels } from "../derive/buckets";
import { en } from "../messages/en";
import type { RunTexts, StrategyKey } from "../messages/types";
import { AGING_SCORE_CARD } from "./scoreCard";
import { STRATEGIES } from "./strategies";

/** A preset's treatment in a language: its channel and tone, the action and message in that language's words. */
function inWords(key: StrategyKey & keyof typeof STRATEGIES, texts: RunTexts): Strategy {
  const { action, message } = texts.presets.strategies[key];
  return { channel: STRATEGIES[key].channel, tone: STRATEGIES[key].tone, action, message };
}

/** The default aging edges: Current, 1-30, 31-60, 61-90, 90+. */
export const DEFAULT_EDGES = [0, 30, 60, 90];

const paidRule = (t: RunTexts): SegmentRule => ({
  when: "Paid",
  segment: t.presets.segments.paid,
  priority: null,
  strategy: inWords("noAction", t),
});
/** First in every preset: a credit (credit note, unapplied cash, overpayment; at customer level a net credit) is never chased. */
const creditRule = (t: RunTexts): SegmentRule => ({
  when: "Credit",
  segment: t.presets.segments.credit,
  priority: null,
  strategy: inWords("applyCredit", t),
});

/**
 * `aging`: invoice level, Segment = the aging bucket; priority 1 for the
 * oldest bucket down to the number of buckets for Current; Paid rows get
 * "Paid" and no priority. Rules are generated from the edges.
 */
export function agingPreset(edges: readonly number[] = DEFAULT_EDGES, t: RunTexts = en): ConfigInput {
  const labels = bucketLabels(edges);
  labels[0] = t.buckets.current;
  const n = labels.length;
  const ladder = (["proactive", "friendlyReminder", "firmReminder", "finalNotice", "legal"] as const).map((key) => inWords(key, t));
  // Oldest bucket first: legal; then final notice, firm, friendly; Current gets the courtesy reminder.
  const strategyFor = (k: number) => (k === 0 ? ladder[0] : ladder[Math.max(1, ladder.length - (n - k))]);
  const rules: SegmentRule[] = [creditRule(t), paidRule(t)];
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
    name: t.presets.names.aging,
    preset: "aging",
    level: "invoice",
    agingEdges: [...edges],
    scoreCard: AGING_SCORE_CARD,
    model: { kind: "rules", rules, otherwise: { segment: labels[0], priority: n, strategy: inWords("proactive", t) } },
  };
}

/** `behaviour`: customer level, grade from the amount-weighted average days late. */
export function behaviourPreset(edges: readonly number[] = DEFAULT_EDGES, t: RunTexts = en): ConfigInput {
  const grade = (g: string, priority: number, strategy: Outcome["strategy"]): SegmentRule => ({
    when: `PaymentGrade = "${g}"`,
    segment: g,
    priority,
    strategy,
  });
  return {
    version: CONFIG_VERSION,
    name: t.presets.names.behaviour,
    preset: "behaviour",
    level: "customer",
    agingEdges: [...edges],
    model: {
      kind: "rules",
      rules: [
        creditRule(t),
        grade("D", 1, inWords("finalNotice", t)),
        grade("C", 2, inWords("call", t)),
        grade("B", 3, inWords("firmReminder", t)),
        grade("A", 4, inWords("automate", t)),
      ],
      otherwise: { segment: t.presets.segments.noHistory, priority: 5, strategy: inWords("friendlyReminder", t) },
    },
  };
}

/** `risk-value`: customer level, 3×3 matrix of propensity score × customer balance. */
export function riskValuePreset(edges: readonly number[] = DEFAULT_EDGES, t: RunTexts = en): ConfigInput {
  const cell = (segment: string, priority: number, strategy: Outcome["strategy"]): Outcome => ({ segment, priority, strategy });
  return {
    version: CONFIG_VERSION,
    name: t.presets.names["risk-value"],
    preset: "risk-value",
    level: "customer",
    agingEdges: [...edges],
    model: {
      kind: "matrix",
      first: [creditRule(t)],
      risk: { field: "Score", cuts: [40, 70], higherIsRiskier: false },
      value: { field: "CustomerBalance", cuts: [5000, 25000] },
      cells: [
        [
          cell(t.presets.segments.automate, 5, inWords("automate", t)),
          cell(t.presets.segments.automate, 5, inWords("automate", t)),
          cell(t.presets.segments.protectRelationship, 3, inWords("protect", t)),
        ],
        [
          cell(t.presets.segments.reminder, 4, inWords("firmReminder", t)),
          cell(t.presets.segments.followUp, 3, inWords("call", t)),
          cell(t.presets.segments.personalFollowUp, 2, inWords("intensive", t)),
        ],
        [
          cell(t.presets.segments.strictTerms, 3, inWords("strictTerms", t)),
          cell(t.presets.segments.intensiveFollowUp, 2, inWords("intensive", t)),
          cell(t.presets.segments.intensiveFollowUp, 1, inWords("intensive", t)),
        ],
      ],
    },
  };
}

/** `new-and-problem-customers`: customer level, the four families Latin-American teams use. */
export function newAndProblemPreset(edges: readonly number[] = DEFAULT_EDGES, t: RunTexts = en): ConfigInput {
  return {
    version: CONFIG_VERSION,
    name: t.presets.names["new-and-problem-customers"],
    preset: "new-and-problem-customers",
    level: "customer",
    agingEdges: [...edges],
    model: {
      kind: "rules",
      rules: [
        creditRule(t),
        { when: "Paid", segment: t.presets.segments.noBalance, priority: null, strategy: inWords("noAction", t) },
        {
          when: "RecentLatePayments >= 2 or BrokenPromises >= 1",
          segment: t.presets.segments.recentProblems,
          priority: 1,
          strategy: inWords("brokenPromise", t),
        },
        { when: "MissingContact", segment: t.presets.segments.hardToContact, priority: 2, strategy: inWords("findContact", t) },
        { when: "Score < 40", segment: t.presets.segments.lowPropensity, priority: 2, strategy: inWords("call", t) },
        { when: "NewCustomer", segment: t.presets.segments.newCustomer, priority: 3, strategy: inWords("welcome", t) },
        { when: "Score >= 70", segment: t.presets.segments.highPropensity, priority: 5, strategy: inWords("automate", t) },
      ],
      otherwise: { segment: t.presets.segments.mediumPropensity, priority: 4, strategy: inWords("firmReminder", t) },
    },
  };
}

/** `collections`: the blended default; invoice level, using whatever columns the sheet has. */
export function collectionsPreset(edges: readonly number[] = DEFAULT_EDGES, t: RunTexts = en): ConfigInput {
  return {
    version: CONFIG_VERSION,
    name: t.presets.names.collections,
    preset: "collections",
    level: "invoice",
    agingEdges: [...edges],
    model: {
      kind: "rules",
      rules: [
        creditRule(t),
        paidRule(t),
        { when: "Disputed", segment: t.presets.segments.dispute, priority: 4, strategy: inWords("dispute", t) },
        { when: "PromisePending", segment: t.presets.segments.promise, priority: 5, strategy: inWords("promise", t) },
        { when: "DaysPastDue > 90", segment: t.presets.segments.finalNotice, priority: 1, strategy: inWords("legal", t) },
        {
          when: "BrokenPromises >= 1 and DaysPastDue > 0",
          segment: t.presets.segments.brokenPromise,
          priority: 1,
          strategy: inWords("brokenPromise", t),
        },
        { when: "DaysPastDue > 60", segment: t.presets.segments.seriouslyOverdue, priority: 2, strategy: inWords("finalNotice", t) },
        {
          when: 'DaysPastDue > 30 and (PaymentGrade in ("C", "D") or Score < 40)',
          segment: t.presets.segments.atRisk,
          priority: 2,
          strategy: inWords("intensive", t),
        },
        { when: "DaysPastDue > 30", segment: t.presets.segments.overdue, priority: 3, strategy: inWords("call", t) },
        {
          when: "DaysPastDue > 0 and MissingContact",
          segment: t.presets.segments.hardToContact,
          priority: 3,
          strategy: inWords("findContact", t),
        },
        {
          when: "DaysPastDue > 0 and Score >= 70",
          segment: t.presets.segments.willPayAnyway,
          priority: 5,
          strategy: inWords("automate", t),
        },
        { when: "DaysPastDue > 0", segment: t.presets.segments.reminder, priority: 4, strategy: inWords("friendlyReminder", t) },
        {
          when: "DaysPastDue > -8 and Balance >= 5000",
          segment: t.presets.segments.preDueReminder,
          priority: 5,
          strategy: inWords("proactive", t),
        },
      ],
      otherwise: { segment: t.presets.segments.current, priority: 6, strategy: inWords("waitUntilDue", t) },
    },
  };
}
