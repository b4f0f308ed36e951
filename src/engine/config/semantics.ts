/**
 * The rules a schema cannot express: expressions that parse and give every
 * operator its value, ascending aging edges, a score card that adds up,
 * reachable rules, complete bands and a matrix of the right shape.
 */
import { checkCondition, formatCondition, isAlways, parseExpression } from "../expression";
import { assertNever } from "../result";
import type { Condition, MatrixModel, Outcome, RulesModel, ScoreFactor, SegmentationConfig, When } from "./schema";
import { conditionTooDeep, MAX_CONDITION_DEPTH } from "./depth";
import { formatConfigPath, MESSAGES, type Located, type Path } from "./problems";

function whenProblems(when: When, path: Path): Located[] {
  if (typeof when !== "string") {
    if (conditionTooDeep(when, MAX_CONDITION_DEPTH) !== undefined) return [{ path, ...MESSAGES.conditionTooDeep(MAX_CONDITION_DEPTH) }];
    return checkCondition(when).map((p) => ({ path: [...path, ...p.path], ...MESSAGES.condition(p) }));
  }
  const parsed = parseExpression(when);
  if (!parsed.ok) return [{ path, ...MESSAGES.badExpression(parsed.error, parsed.error.position, when), at: parsed.error.position }];
  return checkCondition(parsed.value).map((p) => ({ path, ...MESSAGES.inExpression(formatCondition(p.condition), p) }));
}

function conditionOf(when: When): Condition | undefined {
  if (typeof when !== "string") return when;
  const parsed = parseExpression(when);
  return parsed.ok ? parsed.value : undefined;
}

function edgeProblems(edges: readonly number[]): Located[] {
  const problems: Located[] = edges[0] === 0 ? [] : [{ path: ["agingEdges", 0], ...MESSAGES.edgesStart() }];
  edges.forEach((edge, i) => {
    if (i > 0 && edge <= edges[i - 1]) problems.push({ path: ["agingEdges", i], ...MESSAGES.edgesAscend(edges[i - 1]) });
  });
  return problems;
}

function rangeProblems(factor: ScoreFactor, path: Path): Located[] {
  const problems: Located[] = [];
  const numeric = factor.ranges.map((range, index) => ({ range, index })).filter(({ range }) => range.equals === undefined);
  for (const { range, index } of numeric) {
    if (range.min !== undefined && range.max !== undefined && range.min >= range.max)
      problems.push({ path: [...path, index], ...MESSAGES.emptyRange() });
  }
  // Sorted by lower bound, ranges are disjoint exactly when each ends (max, exclusive) at or before the next begins.
  const sorted = [...numeric].sort((a, b) => (a.range.min ?? -Infinity) - (b.range.min ?? -Infinity));
  sorted.forEach(({ range, index }, i) => {
    const previous = sorted[i - 1];
    if (previous && (previous.range.max ?? Infinity) > (range.min ?? -Infinity))
      problems.push({ path: [...path, index], ...MESSAGES.overlap(previous.index) });
  });
  const seen = new Map<unknown, number>();
  factor.ranges.forEach((range, index) => {
    if (range.equals === undefined) return;
    const other = seen.get(range.equals);
    if (other !== undefined) problems.push({ path: [...path, index, "equals"], ...MESSAGES.overlap(other) });
    else seen.set(range.equals, index);
  });
  return problems;
}

function scoreCardProblems(card: readonly ScoreFactor[]): Located[] {
  const sum = card.reduce((total, factor) => total + factor.weight, 0);
  const problems: Located[] = Math.abs(sum - 1) > 0.001 ? [{ path: ["scoreCard"], ...MESSAGES.weights(sum) }] : [];
  return problems.concat(card.flatMap((factor, i) => rangeProblems(factor, ["scoreCard", i, "ranges"])));
}

/**
 * Segment names are unique within a rules model, except that several rules
 * may lead to one segment when they give it the same priority (a segment has
 * one priority, so the summary and the Priority column agree).
 */
function rulesProblems(model: RulesModel): Located[] {
  const problems = model.rules.flatMap((rule, i) => whenProblems(rule.when, ["model", "rules", i, "when"]));
  const owners = new Map<string, { where: string; priority: number | null }>();
  const outcomes: [Outcome, Path, string][] = model.rules.map((rule, i) => [rule, ["model", "rules", i, "segment"], `model.rules[${i}]`]);
  outcomes.push([model.otherwise, ["model", "otherwise", "segment"], "model.otherwise"]);
  for (const [outcome, path, where] of outcomes) {
    const owner = owners.get(outcome.segment);
    if (owner === undefined) owners.set(outcome.segment, { where, priority: outcome.priority });
    else if (owner.priority !== outcome.priority)
      problems.push({ path, ...MESSAGES.segmentPriority(outcome.segment, owner.where, owner.priority) });
  }
  const catchAll = model.rules.findIndex((rule) => {
    const condition = conditionOf(rule.when);
    return condition !== undefined && isAlways(condition);
  });
  if (catchAll >= 0) {
    for (let i = catchAll + 1; i < model.rules.length; i += 1)
      problems.push({ path: ["model", "rules", i], ...MESSAGES.unreachable(catchAll) });
  }
  return problems;
}

function bandProblems(bands: readonly number[], key: string): Located[] {
  const problems: Located[] = bands.includes(0) ? [] : [{ path: ["model", "bands"], ...MESSAGES.missingZeroBand(key) }];
  bands.forEach((value, i) => {
    const first = bands.indexOf(value);
    if (first < i) problems.push({ path: ["model", "bands", i, key], ...MESSAGES.duplicateBand(key, value, first) });
  });
  return problems;
}

const ascending = (cuts: readonly number[]): boolean => cuts.every((cut, i) => i === 0 || cut > cuts[i - 1]);

function matrixProblems(model: MatrixModel): Located[] {
  const problems: Located[] = [];
  if (!ascending(model.risk.cuts)) problems.push({ path: ["model", "risk", "cuts"], ...MESSAGES.cutsAscend() });
  if (!ascending(model.value.cuts)) problems.push({ path: ["model", "value", "cuts"], ...MESSAGES.cutsAscend() });
  const rows = model.risk.cuts.length + 1;
  const columns = model.value.cuts.length + 1;
  if (model.cells.length !== rows) problems.push({ path: ["model", "cells"], ...MESSAGES.matrixRows(rows, model.cells.length) });
  model.cells.forEach((row, r) => {
    if (row.length !== columns) problems.push({ path: ["model", "cells", r], ...MESSAGES.matrixColumns(columns, row.length) });
  });
  return problems;
}

/** Every outcome a model can give, with where it is in the configuration. */
function outcomesOf(model: SegmentationConfig["model"]): [Outcome, Path][] {
  switch (model.kind) {
    case "rules":
      return [...model.rules.map((rule, i): [Outcome, Path] => [rule, ["model", "rules", i]]), [model.otherwise, ["model", "otherwise"]]];
    case "points":
    case "score":
      return model.bands.map((band, i): [Outcome, Path] => [band, ["model", "bands", i]]);
    case "matrix":
      return model.cells.flatMap((row, r) => row.map((cell, c): [Outcome, Path] => [cell, ["model", "cells", r, c]]));
    default:
      return assertNever(model);
  }
}

/**
 * Segment names that differ only in case or in spaces at either end. The
 * summary's COUNTIFS / SUMIFS match text without regard to case, as Excel
 * does, so "Late" and "LATE" would each count the other's rows once the
 * workbook recalculates; and such names read as one in a list anyway.
 */
function lookalikeProblems(model: SegmentationConfig["model"]): Located[] {
  const problems: Located[] = [];
  const first = new Map<string, { segment: string; path: Path }>();
  for (const [outcome, path] of outcomesOf(model)) {
    const key = outcome.segment.trim().toLowerCase();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, { segment: outcome.segment, path });
    else if (seen.segment !== outcome.segment)
      problems.push({
        path: [...path, "segment"],
        ...MESSAGES.segmentLookalike(outcome.segment, seen.segment, formatConfigPath(seen.path)),
      });
  }
  return problems;
}

function modelProblems(model: SegmentationConfig["model"]): Located[] {
  switch (model.kind) {
    case "rules":
      return rulesProblems(model);
    case "points":
      return model.rules
        .flatMap((rule, i) => whenProblems(rule.when, ["model", "rules", i, "when"]))
        .concat(
          bandProblems(
            model.bands.map((band) => band.minPercent),
            "minPercent",
          ),
        );
    case "score":
      return bandProblems(
        model.bands.map((band) => band.minScore),
        "minScore",
      );
    case "matrix":
      return matrixProblems(model);
    default:
      return assertNever(model);
  }
}

/** Every semantic problem of a configuration that passed the schema. */
export function semanticProblems(config: SegmentationConfig): Located[] {
  return [
    ...edgeProblems(config.agingEdges),
    ...(config.scoreCard ? scoreCardProblems(config.scoreCard) : []),
    ...modelProblems(config.model),
    ...lookalikeProblems(config.model),
  ];
}
