import { z } from "zod";
import { FIELDS } from "../fields";
import { LANGUAGES } from "../language";

/**
 * The segmentation configuration, as stored in a workbook, a JSON file or the
 * task pane. The schemas here are the single source of the configuration's
 * types; `validateConfig` turns their issues into line-and-field messages.
 */

export const CONFIG_VERSION = 2;

export const CHANNELS = ["Phone", "E-mail", "SMS", "WhatsApp", "Letter", "Visit", "Agency", "Legal", "None"] as const;
export const TONES = ["Courteous", "Friendly", "Neutral", "Firm", "Final notice", "Legal"] as const;
export type Channel = (typeof CHANNELS)[number];
export type Tone = (typeof TONES)[number];

export const StrategySchema = z.object({
  channel: z.enum(CHANNELS),
  action: z.string().min(1),
  tone: z.enum(TONES),
  message: z.string().default(""),
});
export type Strategy = z.infer<typeof StrategySchema>;

/** Priority 1 = work first; null = no collection work (e.g. paid). */
export const PrioritySchema = z.number().int().min(1).max(99).nullable();

export const OutcomeSchema = z.object({
  segment: z.string().min(1).max(60),
  priority: PrioritySchema,
  strategy: StrategySchema,
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const COMPARE_OPS = [
  "=",
  "!=",
  ">",
  ">=",
  "<",
  "<=",
  "between",
  "in",
  "notIn",
  "contains",
  "startsWith",
  "isBlank",
  "isNotBlank",
  "isTrue",
  "isFalse",
] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

export const ScalarSchema = z.union([z.number(), z.string(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

/** A condition on the fields of a row (see `conditionFields`). */
export type Condition =
  | { kind: "compare"; field: string; op: CompareOp; value?: Scalar | readonly Scalar[] }
  | { kind: "all"; conditions: readonly Condition[] }
  | { kind: "any"; conditions: readonly Condition[] }
  | { kind: "not"; condition: Condition }
  | { kind: "always" };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("compare"),
      field: z.string().min(1),
      op: z.enum(COMPARE_OPS),
      value: z.union([ScalarSchema, z.array(ScalarSchema)]).optional(),
    }),
    z.object({ kind: z.literal("all"), conditions: z.array(ConditionSchema) }),
    z.object({ kind: z.literal("any"), conditions: z.array(ConditionSchema) }),
    z.object({ kind: z.literal("not"), condition: ConditionSchema }),
    z.object({ kind: z.literal("always") }),
  ]),
);

/** A rule's test: a condition tree, or an expression such as `Balance > 10000 and DaysPastDue > 60`. */
export const WhenSchema = z.union([z.string().min(1), ConditionSchema]);
export type When = z.infer<typeof WhenSchema>;

export const SegmentRuleSchema = OutcomeSchema.extend({
  when: WhenSchema,
});
export type SegmentRule = z.infer<typeof SegmentRuleSchema>;

export const RulesModelSchema = z.object({
  kind: z.literal("rules"),
  rules: z.array(SegmentRuleSchema).min(1),
  otherwise: OutcomeSchema,
});

export const PointsRuleSchema = z.object({
  name: z.string().min(1),
  when: WhenSchema,
  points: z.number().int().min(1).max(1000),
});
export const PointsBandSchema = OutcomeSchema.extend({ minPercent: z.number().min(0).max(100) });
/** Rules tried before a points, score or matrix model decides: first match wins (the presets set credits apart this way). */
const FirstRulesSchema = z.array(SegmentRuleSchema).optional();

export const PointsModelSchema = z.object({
  kind: z.literal("points"),
  first: FirstRulesSchema,
  rules: z.array(PointsRuleSchema).min(1),
  /** Highest minPercent first is not required; the engine sorts. A band with minPercent 0 must exist. */
  bands: z.array(PointsBandSchema).min(1),
});

/** One raw-value range of a score factor: min inclusive, max exclusive. */
export const ScoreRangeSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  equals: ScalarSchema.optional(),
  score: z.number().min(0).max(100),
});
export const ScoreFactorSchema = z.object({
  field: z.string().min(1),
  weight: z.number().gt(0).max(1),
  ranges: z.array(ScoreRangeSchema).min(1),
  /** Score given when the row has no value for the field. */
  missing: z.number().min(0).max(100).default(50),
});
export type ScoreFactor = z.infer<typeof ScoreFactorSchema>;

export const ScoreBandSchema = OutcomeSchema.extend({ minScore: z.number().min(0).max(100) });
export const ScoreModelSchema = z.object({
  kind: z.literal("score"),
  first: FirstRulesSchema,
  /** Higher score = more likely to pay; bands pick the outcome. */
  bands: z.array(ScoreBandSchema).min(1),
});

export const MatrixAxisSchema = z.object({
  field: z.string().min(1),
  /** One cut for 2 levels, two cuts for 3 levels, ascending. */
  cuts: z.array(z.number()).min(1).max(2),
  /** For the risk axis: whether a higher raw value means riskier (e.g. days past due) or safer (e.g. a score). */
  higherIsRiskier: z.boolean().default(true),
});
export const MatrixModelSchema = z.object({
  kind: z.literal("matrix"),
  first: FirstRulesSchema,
  risk: MatrixAxisSchema,
  value: MatrixAxisSchema.omit({ higherIsRiskier: true }),
  /** cells[riskLevel][valueLevel], low to high on both axes. */
  cells: z.array(z.array(OutcomeSchema).min(2).max(3)).min(2).max(3),
});

export const ModelSchema = z.discriminatedUnion("kind", [RulesModelSchema, PointsModelSchema, ScoreModelSchema, MatrixModelSchema]);
export type Model = z.infer<typeof ModelSchema>;
export type RulesModel = z.infer<typeof RulesModelSchema>;
export type PointsModel = z.infer<typeof PointsModelSchema>;
export type ScoreModel = z.infer<typeof ScoreModelSchema>;
export type MatrixModel = z.infer<typeof MatrixModelSchema>;

export const LEVELS = ["invoice", "customer"] as const;
export type Level = (typeof LEVELS)[number];

export const DATE_ORDERS = ["auto", "DMY", "MDY", "YMD"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ConfigSchema = z.object({
  version: z.literal(CONFIG_VERSION),
  name: z.string().default("Custom"),
  /** The preset this configuration started from, for the record. */
  preset: z.string().optional(),
  level: z.enum(LEVELS).default("invoice"),
  /** "YYYY-MM-DD"; absent means today. */
  asOf: z.string().regex(ISO_DATE, "must be a date written YYYY-MM-DD").optional(),
  /** Upper edges of the aging buckets in days past due, ascending, first 0: [0,30,60,90] gives Current, 1-30, 31-60, 61-90, 90+. */
  agingEdges: z.array(z.number().int().min(0)).min(1).max(12).default([0, 30, 60, 90]),
  agingBasis: z.enum(["dueDate", "invoiceDate"]).default("dueDate"),
  dateOrder: z.enum(DATE_ORDERS).default("auto"),
  /**
   * The language everything the run writes is in (segment names of presets, strategies, reasons,
   * headers, the summary). Absent: the sheet's headers' language, else the display language, else English.
   */
  language: z.enum(LANGUAGES).optional(),
  /** Header text per field; overrides detection. */
  mapping: z.partialRecord(z.enum(FIELDS), z.string()).default({}),
  /** A customer is new when their first invoice (or "customer since") is within this many months. */
  newCustomerMonths: z.number().int().min(1).max(120).default(6),
  /** Window for "late payments in the last N months". */
  recentMonths: z.number().int().min(1).max(60).default(6),
  /** Propensity-to-pay score card; the Score column of rules, score and matrix models. Weights should sum to 1. */
  scoreCard: z.array(ScoreFactorSchema).min(1).optional(),
  model: ModelSchema,
});

/** A configuration as written by a person (defaults may be missing). */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** A configuration after validation: every default filled in. */
export type SegmentationConfig = z.output<typeof ConfigSchema>;
