import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { CHANNELS, TONES, type Outcome } from "../../engine/config/schema";
import { useI18n } from "../i18n";
import type { RulePart } from "../rules/problems";
import { usePaneStyles } from "./styles";

export interface OutcomeFieldsProps {
  readonly outcome: Outcome;
  readonly problems: Partial<Record<RulePart, string[]>>;
  readonly onChange: (outcome: Outcome) => void;
}

/** A segment's name, priority and strategy (channel, action, tone, message). */
export function OutcomeFields({ outcome, problems, onChange }: OutcomeFieldsProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const error = (part: RulePart) =>
    problems[part] ? { validationState: "error" as const, validationMessage: problems[part]!.join(" ") } : {};
  const strategy = (patch: Partial<Outcome["strategy"]>) => onChange({ ...outcome, strategy: { ...outcome.strategy, ...patch } });

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label={m.segment} className={styles.grow} {...error("segment")}>
          <Input value={outcome.segment} onChange={(_, d) => onChange({ ...outcome, segment: d.value })} />
        </Field>
        <Field label={m.priority} hint={m.priorityHint} style={{ width: "9em" }} {...error("priority")}>
          <Input
            type="number"
            min={1}
            max={99}
            value={outcome.priority === null ? "" : String(outcome.priority)}
            onChange={(_, d) => onChange({ ...outcome, priority: d.value.trim() === "" ? null : Number(d.value) })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={m.channel} className={styles.grow} {...error("channel")}>
          <Dropdown
            value={m.channels[outcome.strategy.channel]}
            selectedOptions={[outcome.strategy.channel]}
            onOptionSelect={(_, d) => d.optionValue && strategy({ channel: d.optionValue as Outcome["strategy"]["channel"] })}
          >
            {CHANNELS.map((c) => (
              <Option key={c} value={c}>
                {m.channels[c]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={m.tone} className={styles.grow} {...error("tone")}>
          <Dropdown
            value={m.tones[outcome.strategy.tone]}
            selectedOptions={[outcome.strategy.tone]}
            onOptionSelect={(_, d) => d.optionValue && strategy({ tone: d.optionValue as Outcome["strategy"]["tone"] })}
          >
            {TONES.map((t) => (
              <Option key={t} value={t}>
                {m.tones[t]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={m.action} {...error("action")}>
        <Input value={outcome.strategy.action} onChange={(_, d) => strategy({ action: d.value })} />
      </Field>
      <Field label={m.message} {...error("message")}>
        <Input value={outcome.strategy.message} onChange={(_, d) => strategy({ message: d.value })} />
      </Field>
    </div>
  );
}
