import { conditionFieldKey } from "../conditionFields";
import { CHANNELS, CONFIG_VERSION, TONES } from "./schema";
import type { Strategy } from "./schema";

/**
 * Version 1 is the preview's flat format. It had one model, rules, written at
 * the top level:
 *
 * ```jsonc
 * {
 *   "version": 1,                 // may be missing: a document with top-level "rules" is version 1
 *   "preset": "standard",         // optional
 *   "asOfDate": "2026-01-31",     // optional → asOf
 *   "buckets": [30, 60, 90],      // optional bucket edges without 0 → agingEdges [0, 30, 60, 90]
 *   "level": "invoice",           // or "customer"
 *   "columnMapping": { "balance": "Saldo" },   // → mapping
 *   "rules": [
 *     { "segment": "Legal", "priority": 1, "condition": "DaysPastDue > 90",
 *       "channel": "letter", "action": "Send to legal", "tone": "final notice", "message": "" }
 *   ],
 *   "defaultSegment": "Current"   // optional, default "Other"
 * }
 * ```
 *
 * Each rule becomes a version-2 rule whose `when` is its condition text.
 * Channel and tone are matched to the version-2 lists ignoring case, spaces,
 * hyphens and accents, and a few synonyms ("email", "call", "carta"…); an
 * unknown channel becomes "E-mail", an unknown tone "Neutral", a missing action
 * "Follow up". The default segment becomes `otherwise`, with the priority after
 * the lowest-ranked rule (highest number + 1, at most 99): in the preview
 * unmatched rows were still worked, after every rule's rows, and the strategy
 * E-mail / Follow up / Neutral.
 */
export interface ConfigV1 {
  readonly version?: 1;
  readonly preset?: string;
  readonly asOfDate?: string;
  readonly buckets?: readonly number[];
  readonly level?: "invoice" | "customer";
  readonly columnMapping?: Readonly<Record<string, string>>;
  readonly rules: readonly {
    readonly segment: string;
    readonly priority: number;
    readonly condition: string;
    readonly channel?: string;
    readonly action?: string;
    readonly tone?: string;
    readonly message?: string;
  }[];
  readonly defaultSegment?: string;
}

type Channel = Strategy["channel"];
type Tone = Strategy["tone"];

const CHANNEL_SYNONYMS: Readonly<Record<string, Channel>> = {
  email: "E-mail",
  mail: "E-mail",
  correo: "E-mail",
  correoelectronico: "E-mail",
  call: "Phone",
  telephone: "Phone",
  telefono: "Phone",
  llamada: "Phone",
  ligacao: "Phone",
  text: "SMS",
  whatsap: "WhatsApp",
  wa: "WhatsApp",
  carta: "Letter",
  mailletter: "Letter",
  visita: "Visit",
  fieldvisit: "Visit",
  agencia: "Agency",
  collectionagency: "Agency",
  abogado: "Legal",
};
const TONE_SYNONYMS: Readonly<Record<string, Tone>> = {
  polite: "Courteous",
  cortes: "Courteous",
  amable: "Friendly",
  amigavel: "Friendly",
  soft: "Friendly",
  neutro: "Neutral",
  firme: "Firm",
  strict: "Firm",
  final: "Final notice",
  finalnotice: "Final notice",
  ultimoaviso: "Final notice",
};

function pick<T extends string>(text: unknown, choices: readonly T[], synonyms: Readonly<Record<string, T>>, fallback: T): T {
  if (typeof text !== "string") return fallback;
  const key = conditionFieldKey(text);
  return choices.find((choice) => conditionFieldKey(choice) === key) ?? synonyms[key] ?? fallback;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function strategyOf(rule: Record<string, unknown>): Record<string, unknown> {
  return {
    channel: pick(rule.channel, CHANNELS, CHANNEL_SYNONYMS, "E-mail"),
    action: typeof rule.action === "string" && rule.action.trim() !== "" ? rule.action : "Follow up",
    tone: pick(rule.tone, TONES, TONE_SYNONYMS, "Neutral"),
    message: typeof rule.message === "string" ? rule.message : "",
  };
}

function ruleOf(rule: unknown): unknown {
  if (!isRecord(rule)) return rule;
  return { segment: rule.segment, priority: rule.priority, when: rule.condition, strategy: strategyOf(rule) };
}

function otherwisePriority(rules: unknown): number {
  const priorities = Array.isArray(rules) ? rules.map((r) => (isRecord(r) ? r.priority : undefined)) : [];
  const numbers = priorities.filter((p): p is number => typeof p === "number" && Number.isInteger(p));
  return Math.min(99, Math.max(0, ...numbers) + 1);
}

function agingEdgesOf(buckets: unknown): unknown {
  if (!Array.isArray(buckets)) return buckets;
  return buckets[0] === 0 ? buckets : [0, ...buckets];
}

function fromV1(v1: Record<string, unknown>): Record<string, unknown> {
  const migrated: Record<string, unknown> = {
    version: CONFIG_VERSION,
    name: typeof v1.preset === "string" ? `${v1.preset} (from version 1)` : "Custom (from version 1)",
    preset: v1.preset,
    level: v1.level,
    asOf: v1.asOfDate,
    agingEdges: agingEdgesOf(v1.buckets),
    mapping: v1.columnMapping,
    model: {
      kind: "rules",
      rules: Array.isArray(v1.rules) ? v1.rules.map(ruleOf) : v1.rules,
      otherwise: {
        segment: v1.defaultSegment ?? "Other",
        priority: otherwisePriority(v1.rules),
        strategy: { channel: "E-mail", action: "Follow up", tone: "Neutral", message: "" },
      },
    },
  };
  // Absent keys stay absent, so that the schema fills its defaults.
  return Object.fromEntries(Object.entries(migrated).filter(([, value]) => value !== undefined));
}

/** The version a stored configuration declares or implies; undefined when it cannot tell. */
export function configVersionOf(input: unknown): unknown {
  if (!isRecord(input)) return undefined;
  if (input.version !== undefined) return input.version;
  if (Array.isArray(input.rules) || "rules" in input) return 1;
  if ("model" in input) return CONFIG_VERSION;
  return undefined;
}

/**
 * Brings a stored configuration up to the current version (CONFIG_VERSION),
 * without validating it. Version 1 (see `ConfigV1`) becomes a rules model; a
 * document without a version but with a `model` is taken as current. Anything
 * else, including a version newer than this add-in knows, is returned as it is
 * for `validateConfig` to report. Never throws.
 *
 * @example
 * migrateConfig({ rules: [{ segment: "Legal", priority: 1, condition: "DaysPastDue > 90" }] })
 * //=> { version: 2, name: "Custom (from version 1)", model: { kind: "rules", rules: [{ segment: "Legal",
 * //     priority: 1, when: "DaysPastDue > 90", strategy: { channel: "E-mail", … } }], otherwise: { … } } }
 */
export function migrateConfig(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const version = configVersionOf(input);
  if (version === 1) return fromV1(input);
  if (version === CONFIG_VERSION && input.version === undefined) return { version: CONFIG_VERSION, ...input };
  return input;
}

/**
 * Where a current-version path points in a version-1 document, so problems
 * found after migration can be shown at the line the person wrote.
 *
 * @example
 * v1PathOf(["model", "rules", 2, "when"]) //=> ["rules", 2, "condition"]
 */
export function v1PathOf(path: readonly (string | number)[]): (string | number)[] {
  const [head, ...rest] = path;
  const renamed: Readonly<Record<string, string>> = { asOf: "asOfDate", agingEdges: "buckets", mapping: "columnMapping" };
  if (typeof head === "string" && head in renamed) {
    // agingEdges gained a leading 0; its items are not shifted back, the list itself is pointed at.
    return head === "agingEdges" ? [renamed[head]] : [renamed[head], ...rest];
  }
  if (head !== "model") return [...path];
  const [part, index, field, sub] = rest;
  if (part === "otherwise") return field === "segment" || field === undefined ? ["defaultSegment"] : [];
  if (part !== "rules") return ["rules"];
  if (index === undefined) return ["rules"];
  if (field === "when") return ["rules", index, "condition", ...rest.slice(3)];
  if (field === "strategy") return sub === undefined ? ["rules", index] : ["rules", index, sub];
  return [...rest];
}
