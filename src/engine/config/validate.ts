import type { z } from "zod";
import type { ConfigProblem, EngineIssue } from "../issues";
import type { Result } from "../result";
import { fail, ok } from "../result";
import { MAX_CONFIG_DEPTH, tooDeepIn } from "./depth";
import { configVersionOf, migrateConfig } from "./migrate";
import { formatConfigPath, MESSAGES, type ConfigMessage, type FoundValue, type Located, type Path } from "./problems";
import type { SegmentationConfig } from "./schema";
import { CONFIG_VERSION, ConfigSchema } from "./schema";
import { semanticProblems } from "./semantics";
import { completeFromPreset } from "./complete";

function describeValue(value: unknown): FoundValue {
  if (value === null) return { kind: "null" };
  if (Array.isArray(value)) return { kind: "list" };
  if (typeof value === "string") return { kind: "text", text: JSON.stringify(value) };
  if (typeof value === "object") return { kind: "object" };
  return { kind: typeof value === "number" ? "number" : "other", text: String(value) };
}

function valueAt(input: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined),
    input,
  );
}

type ZodIssue = z.core.$ZodIssue;

function sizeMessage(issue: Extract<ZodIssue, { code: "too_small" | "too_big" }>): ConfigMessage {
  const small = issue.code === "too_small";
  const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  if (issue.origin === "array") return MESSAGES.size(small ? "tooFewItems" : "tooManyItems", bound);
  if (issue.origin === "string") return small && bound === 1 ? MESSAGES.notEmpty() : MESSAGES.size(small ? "tooShort" : "tooLong", bound);
  if (small) return MESSAGES.size(issue.inclusive === false ? "moreThan" : "atLeast", bound);
  return MESSAGES.size(issue.inclusive === false ? "lessThan" : "atMost", bound);
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
            ...(value === undefined ? MESSAGES.required(issue.expected) : MESSAGES.wrongType(issue.expected, describeValue(value))),
          },
        ];
      case "invalid_value":
        return [{ path, ...MESSAGES.oneOf(issue.values) }];
      case "too_small":
      case "too_big":
        return [{ path, ...sizeMessage(issue) }];
      case "unrecognized_keys":
        return [{ path: issue.keys.length === 1 ? [...path, issue.keys[0]] : path, ...MESSAGES.unknownKeys(issue.keys) }];
      case "invalid_union": {
        if ("discriminator" in issue && issue.discriminator)
          return [{ path, ...MESSAGES.unknownKind(value, (issue as { options?: unknown[] }).options ?? []) }];
        const shaped = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"));
        if (shaped.length === 1) return zodProblems(shaped[0], input, path);
        return [{ path, ...MESSAGES.noForm() }];
      }
      case "invalid_format":
        return [{ path, ...MESSAGES.isoDate() }];
      default:
        return [{ path, ...MESSAGES.invalidValue() }];
    }
  });
}

export type Checked =
  { readonly ok: true; readonly config: SegmentationConfig } | { readonly ok: false; readonly problems: readonly Located[] };

/** Migrates, completes a configuration with no model from its preset, then checks the schema, then the rules the schema cannot express. */
export function checkConfig(input: unknown): Checked {
  // Before the schema and the migration, which recurse once per level: a path of a few steps is enough to find it.
  const deep = tooDeepIn(input, MAX_CONFIG_DEPTH);
  if (deep !== undefined) return { ok: false, problems: [{ path: deep.slice(0, 4), ...MESSAGES.tooDeep(MAX_CONFIG_DEPTH) }] };
  const version = configVersionOf(input);
  if (typeof version === "number" && version > CONFIG_VERSION)
    return { ok: false, problems: [{ path: ["version"], ...MESSAGES.newerVersion(version) }] };
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
 * //     problems: [{ path: "model.bands", code: "tooFewItems", params: { bound: 1 } }] } }
 */
export function validateConfig(input: unknown, source: string): Result<SegmentationConfig, EngineIssue> {
  const checked = checkConfig(input);
  if (checked.ok) return ok(checked.config);
  return fail(
    invalid(
      source,
      checked.problems.map(({ path, at: _at, ...message }) => ({ path: formatConfigPath(path), ...message })),
    ),
  );
}
