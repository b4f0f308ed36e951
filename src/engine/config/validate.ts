import type { z } from "zod";
import type { ConfigProblem, EngineIssue } from "../issues";
import type { Result } from "../result";
import { fail, ok } from "../result";
import { MAX_CONFIG_DEPTH, tooDeepIn } from "./depth";
import { configVersionOf, migrateConfig } from "./migrate";
import { formatConfigPath, MESSAGES, plural, type Located, type Path } from "./problems";
import type { SegmentationConfig } from "./schema";
import { CONFIG_VERSION, ConfigSchema } from "./schema";
import { semanticProblems } from "./semantics";
import { completeFromPreset } from "./complete";

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  object: "an object { … }",
  array: "a list [ … ]",
  nonoptional: "a value",
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `text ${JSON.stringify(value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value === "number" ? "the number" : ""} ${String(value)}`.trim();
}

function valueAt(input: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined),
    input,
  );
}

type ZodIssue = z.core.$ZodIssue;

function sizeMessage(issue: Extract<ZodIssue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  if (issue.origin === "array") return small ? `needs at least ${plural(bound, "item")}` : `allows at most ${plural(bound, "item")}`;
  if (issue.origin === "string")
    return small && bound === 1 ? "must not be empty" : small ? `needs at least ${bound} characters` : `allows at most ${bound} characters`;
  if (small) return issue.inclusive === false ? `must be more than ${bound}` : `must be at least ${bound}`;
  return issue.inclusive === false ? `must be less than ${bound}` : `must be at most ${bound}`;
}

/** Zod's issues in a person's words; a union is explained by the branch whose shape the value had. */
function zodProblems(issues: readonly ZodIssue[], input: unknown, prefix: Path): Located[] {
  return issues.flatMap((issue): Located[] => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const value = valueAt(input, path);
    switch (issue.code) {
      case "invalid_type":
        return [
          {
            path,
            message:
              value === undefined
                ? MESSAGES.required(TYPE_WORDS[issue.expected] ?? issue.expected)
                : MESSAGES.wrongType(TYPE_WORDS[issue.expected] ?? issue.expected, describeValue(value)),
          },
        ];
      case "invalid_value":
        return [{ path, message: MESSAGES.oneOf(issue.values) }];
      case "too_small":
      case "too_big":
        return [{ path, message: sizeMessage(issue) }];
      case "unrecognized_keys":
        return [{ path: issue.keys.length === 1 ? [...path, issue.keys[0]] : path, message: MESSAGES.unknownKeys(issue.keys) }];
      case "invalid_union": {
        if ("discriminator" in issue && issue.discriminator)
          return [{ path, message: MESSAGES.unknownKind(value, (issue as { options?: unknown[] }).options ?? []) }];
        const shaped = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"));
        if (shaped.length === 1) return zodProblems(shaped[0], input, path);
        return [{ path, message: MESSAGES.noForm() }];
      }
      default:
        return [{ path, message: issue.message }];
    }
  });
}

export type Checked =
  { readonly ok: true; readonly config: SegmentationConfig } | { readonly ok: false; readonly problems: readonly Located[] };

/** Migrates, completes a configuration with no model from its preset, then checks the schema, then the rules the schema cannot express. */
export function checkConfig(input: unknown): Checked {
  // Before the schema and the migration, which recurse once per level: a path of a few steps is enough to find it.
  const deep = tooDeepIn(input, MAX_CONFIG_DEPTH);
  if (deep !== undefined) return { ok: false, problems: [{ path: deep.slice(0, 4), message: MESSAGES.tooDeep(MAX_CONFIG_DEPTH) }] };
  const version = configVersionOf(input);
  if (typeof version === "number" && version > CONFIG_VERSION)
    return { ok: false, problems: [{ path: ["version"], message: MESSAGES.newerVersion(version) }] };
  const completed = completeFromPreset(migrateConfig(input));
  if (!completed.ok) return { ok: false, problems: [completed.error] };
  const migrated = completed.value;
  const parsed = ConfigSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error.issues, migrated, []) };
  const config = parsed.data;
  const problems = semanticProblems(config);
  return problems.length === 0 ? { ok: true, config } : { ok: false, problems };
}

export { formatConfigPath };

export const invalid = (source: string, problems: readonly ConfigProblem[]): EngineIssue => ({ kind: "invalidConfig", source, problems });

/**
 * Validates a configuration object (any version; older ones are migrated
 * first) and fills its defaults. `when` texts stay texts; they are checked to
 * parse and to give every operator the value it needs. Field names are not
 * checked here: any sheet column may be tested, so the engine checks them
 * against the sheet.
 *
 * @example
 * validateConfig({ version: 2, model: { kind: "score", bands: [] } }, "workbook settings")
 * //=> { ok: false, error: { kind: "invalidConfig", source: "workbook settings",
 * //     problems: [{ path: "model.bands", message: "needs at least 1 item" }] } }
 */
export function validateConfig(input: unknown, source: string): Result<SegmentationConfig, EngineIssue> {
  const checked = checkConfig(input);
  if (checked.ok) return ok(checked.config);
  return fail(
    invalid(
      source,
      checked.problems.map((p) => ({ path: formatConfigPath(p.path), message: p.message })),
    ),
  );
}
