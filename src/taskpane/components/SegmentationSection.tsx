import { Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { LEVELS, type Level } from "../../engine/config/schema";
import { isPresetName, PRESET_NAMES } from "../../engine/presets";
import { describeConfigMessage, describeConfigPlace } from "../../engine/config/describe";
import type { ConfigDraft } from "../hooks/useConfigDraft";
import { useI18n } from "../i18n";
import { EdgesEditor } from "./EdgesEditor";
import { ModelSummary } from "./ModelSummary";
import { RuleList } from "./RuleList";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface SegmentationSectionProps {
  readonly draft: ConfigDraft;
  /** Header texts of the sheet, which rules may test by name. */
  readonly sheetFields: readonly string[];
}

/** Preset, as-of date, level, aging edges and the model's rules. */
export function SegmentationSection({ draft, sheetFields }: SegmentationSectionProps) {
  const styles = usePaneStyles();
  const { m, language } = useI18n();
  const { config, index } = draft;
  const preset = config.preset !== undefined && isPresetName(config.preset) ? config.preset : undefined;
  const model = config.model;

  return (
    <Section id="segmentation" title={m.segmentationHeading}>
      <Field label={m.preset} hint={preset ? m.presetDescription(preset) : m.presetHint}>
        <Dropdown
          value={preset ? m.presetName(preset) : m.customConfig(config.name)}
          selectedOptions={preset ? [preset] : []}
          onOptionSelect={(_, d) => d.optionValue && isPresetName(d.optionValue) && draft.choosePreset(d.optionValue)}
        >
          {PRESET_NAMES.map((name) => (
            <Option key={name} value={name} text={m.presetName(name)}>
              <span>
                <strong>{m.presetName(name)}</strong>
                <br />
                <span className={styles.muted}>{m.presetDescription(name)}</span>
              </span>
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Field
          label={m.asOf}
          hint={m.asOfHint}
          className={styles.grow}
          validationState={index.asOf.length ? "error" : undefined}
          validationMessage={index.asOf.join(" ") || undefined}
        >
          <Input type="date" value={config.asOf ?? ""} onChange={(_, d) => draft.setAsOf(d.value)} />
        </Field>
        <Field label={m.level} className={styles.grow}>
          <RadioGroup value={config.level} onChange={(_, d) => draft.setLevel(d.value as Level)}>
            {LEVELS.map((level) => (
              <Radio key={level} value={level} label={m.levelNames[level]} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      <EdgesEditor edges={config.agingEdges} problems={index.edges} onChange={draft.setEdges} />
      {index.count > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {m.configProblems(index.count)}
            {index.other.length > 0 && (
              <ul className={styles.list}>
                {index.other.map((p, i) => (
                  <li key={i}>
                    {p.path
                      ? `${describeConfigPlace(p.path, language)}: ${describeConfigMessage(p, language)}`
                      : describeConfigMessage(p, language)}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {model.kind === "rules" ? (
        <RuleList
          model={model}
          ids={draft.ruleIds}
          problems={index}
          sheetFields={sheetFields}
          onUpdate={draft.updateRule}
          onMove={draft.moveRule}
          onDuplicate={draft.duplicateRule}
          onDelete={draft.deleteRule}
          onAdd={draft.addRule}
          onOtherwise={draft.setOtherwise}
        />
      ) : (
        <ModelSummary model={model} onCopyAsRules={draft.copyAsRules} />
      )}
    </Section>
  );
}
