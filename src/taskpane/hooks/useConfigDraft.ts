import { useCallback, useMemo, useState } from "react";
import type { Level, Outcome, RulesModel, SegmentationConfig, SegmentRule } from "../../engine/config/schema";
import { validateConfig } from "../../engine/config/validate";
import type { Field } from "../../engine/fields";
import type { ConfigProblem } from "../../engine/issues";
import { MESSAGES } from "../../engine/config/problems";
import { useI18n } from "../i18n";
import { presetConfig, type PresetName } from "../../engine/presets";
import { matrixToRules, scoreToRules } from "../rules/modelToRules";
import { indexProblems, type ProblemIndex } from "../rules/problems";
import { appendRule, deleteRule, duplicateRule, moveRule, replaceRule } from "../rules/ruleEdits";

/** Where validation messages say the configuration comes from. */
export const DRAFT_SOURCE = "in the task pane";

export interface ConfigDraft {
  /** The configuration as edited; may be invalid. */
  readonly config: SegmentationConfig;
  /** The same configuration once it validates; undefined while it has problems. */
  readonly valid: SegmentationConfig | undefined;
  readonly problems: readonly ConfigProblem[];
  readonly index: ProblemIndex;
  /** A stable id per rule (for React keys and focus), parallel to `config.model.rules` of a rules model. */
  readonly ruleIds: readonly number[];
  choosePreset(name: PresetName): void;
  setAsOf(iso: string): void;
  setLevel(level: Level): void;
  setEdges(edges: readonly number[]): void;
  /** Maps a field to a header text; "" = not in this sheet; undefined = detect. */
  setMapping(field: Field, header: string | undefined): void;
  updateRule(index: number, rule: SegmentRule): void;
  moveRule(index: number, by: -1 | 1): void;
  duplicateRule(index: number): void;
  deleteRule(index: number): void;
  addRule(rule: SegmentRule): void;
  setOtherwise(outcome: Outcome): void;
  /** Replaces the model with editable rules (matrix and score models). */
  copyAsRules(): void;
  /** Replaces the whole configuration (an imported file). */
  replace(config: SegmentationConfig): void;
}

interface State {
  readonly config: SegmentationConfig;
  readonly ids: readonly number[];
}

let lastId = 0;
const freshIds = (config: SegmentationConfig): number[] =>
  config.model.kind === "rules" || config.model.kind === "points" ? config.model.rules.map(() => ++lastId) : [];

/**
 * The configuration being edited, validated on every change (validateConfig's
 * problems indexed by rule and field), with the edits the pane offers.
 */
export function useConfigDraft(initial: SegmentationConfig): ConfigDraft {
  const [state, setState] = useState<State>(() => ({ config: initial, ids: freshIds(initial) }));
  const { config, ids } = state;

  const validation = useMemo(() => validateConfig(config, DRAFT_SOURCE), [config]);
  const problems = useMemo<readonly ConfigProblem[]>(() => {
    if (validation.ok) return [];
    const issue = validation.error;
    return issue.kind === "invalidConfig" ? issue.problems : [{ path: "", ...MESSAGES.issue(issue) }];
  }, [validation]);
  const { language } = useI18n();
  const index = useMemo(() => indexProblems(problems, language), [problems, language]);

  const set = useCallback(
    (change: (config: SegmentationConfig) => SegmentationConfig) => setState((s) => ({ ...s, config: change(s.config) })),
    [],
  );

  /** Applies a rules-model edit and the same edit to the id list. */
  const editRules = useCallback(
    (edit: (model: RulesModel) => RulesModel, editIds: (ids: number[]) => number[]) =>
      setState((s) =>
        s.config.model.kind === "rules" ? { config: { ...s.config, model: edit(s.config.model) }, ids: editIds([...s.ids]) } : s,
      ),
    [],
  );

  return {
    config,
    valid: validation.ok ? validation.value : undefined,
    problems,
    index,
    ruleIds: ids,
    choosePreset: (name) =>
      setState((s) => {
        // The user's bucket edges carry over to the preset (the aging preset builds its rules from them).
        const preset = presetConfig(name, edgesAreValid(s.config.agingEdges) ? s.config.agingEdges : undefined);
        if (!preset.ok) return s;
        const next: SegmentationConfig = { ...preset.value, mapping: s.config.mapping, asOf: s.config.asOf, dateOrder: s.config.dateOrder };
        return { config: next, ids: freshIds(next) };
      }),
    setAsOf: (iso) => set((c) => (iso === "" ? withoutAsOf(c) : { ...c, asOf: iso })),
    setLevel: (level) => set((c) => ({ ...c, level })),
    setEdges: (edges) => set((c) => ({ ...c, agingEdges: [...edges] })),
    setMapping: (field, header) =>
      set((c) => {
        const mapping = { ...c.mapping };
        if (header === undefined) delete mapping[field];
        else mapping[field] = header;
        return { ...c, mapping };
      }),
    updateRule: (i, rule) =>
      editRules(
        (m) => replaceRule(m, i, rule),
        (x) => x,
      ),
    moveRule: (i, by) =>
      editRules(
        (m) => moveRule(m, i, by),
        (x) => {
          const j = i + by;
          if (j >= 0 && j < x.length) [x[i], x[j]] = [x[j], x[i]];
          return x;
        },
      ),
    duplicateRule: (i) =>
      editRules(
        (m) => duplicateRule(m, i),
        (x) => {
          x.splice(i + 1, 0, ++lastId);
          return x;
        },
      ),
    deleteRule: (i) =>
      editRules(
        (m) => deleteRule(m, i),
        (x) => (x.length > 1 ? x.filter((_, k) => k !== i) : x),
      ),
    addRule: (rule) =>
      editRules(
        (m) => appendRule(m, rule),
        (x) => [...x, ++lastId],
      ),
    setOtherwise: (outcome) => set((c) => (c.model.kind === "rules" ? { ...c, model: { ...c.model, otherwise: outcome } } : c)),
    copyAsRules: () =>
      setState((s) => {
        const model = s.config.model;
        const rules = model.kind === "matrix" ? matrixToRules(model) : model.kind === "score" ? scoreToRules(model) : undefined;
        if (!rules) return s;
        const next = { ...s.config, model: rules };
        return { config: next, ids: freshIds(next) };
      }),
    replace: (next) => setState({ config: next, ids: freshIds(next) }),
  };
}

function withoutAsOf(config: SegmentationConfig): SegmentationConfig {
  const copy = { ...config };
  delete copy.asOf;
  return copy;
}

/** The rule validateConfig applies to aging edges: whole days, first 0, ascending, 1-12 of them. */
export function edgesAreValid(edges: readonly number[]): boolean {
  return (
    edges.length >= 1 &&
    edges.length <= 12 &&
    edges[0] === 0 &&
    edges.every((e, i) => Number.isInteger(e) && e >= 0 && (i === 0 || e > edges[i - 1]))
  );
}
