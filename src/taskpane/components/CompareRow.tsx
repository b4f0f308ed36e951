import { Button, Dropdown, Input, Option, OptionGroup } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { CONDITION_FIELDS } from "../../engine/conditionFields";
import { useI18n } from "../i18n";
import { newCompare, operatorsFor, textsOf, valueOf, valueShapeOf, withOperator, type Compare } from "../rules/conditionRows";
import { usePaneStyles } from "./styles";

const BUILT_IN = Object.keys(CONDITION_FIELDS);

export interface CompareRowProps {
  readonly compare: Compare;
  /** Names the row for assistive technology, e.g. "Condition 2". */
  readonly label: string;
  /** Headers of the sheet, which rules may test by name. */
  readonly sheetFields: readonly string[];
  readonly problems: readonly string[] | undefined;
  readonly onChange: (compare: Compare) => void;
  readonly onRemove: () => void;
  readonly removeLabel: string;
}

const sameTexts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** One comparison: field, operator and the value(s) the operator takes. */
export function CompareRow({ compare, label, sheetFields, problems, onChange, onRemove, removeLabel }: CompareRowProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const shape = valueShapeOf(compare.op);
  const [texts, setTexts] = useState<string[]>(() => textsOf(compare.value, compare.op));

  // Show a value that changed from outside (a reorder, an import) unless it is what is typed.
  useEffect(() => {
    setTexts((current) => {
      const typed = valueOf(current, compare.op, compare.field);
      return JSON.stringify(typed) === JSON.stringify(compare.value) ? current : textsOf(compare.value, compare.op);
    });
  }, [compare.value, compare.op, compare.field]);

  const setText = (i: number, text: string): void => {
    const next = texts.map((t, k) => (k === i ? text : t));
    if (sameTexts(next, texts)) return;
    setTexts(next);
    const value = valueOf(next, compare.op, compare.field);
    onChange(value === undefined ? { kind: "compare", field: compare.field, op: compare.op } : { ...compare, value });
  };
  const extraFields = sheetFields.filter((h) => !BUILT_IN.some((b) => b.toLowerCase() === h.toLowerCase()));
  const ops = operatorsFor(compare.field).includes(compare.op) ? operatorsFor(compare.field) : [compare.op, ...operatorsFor(compare.field)];
  const error = problems && problems.length > 0 ? problems.join(" ") : undefined;

  return (
    <div role="group" aria-label={label} className={styles.row}>
      <Dropdown
        aria-label={`${m.field}, ${label}`}
        value={compare.field}
        selectedOptions={[compare.field]}
        onOptionSelect={(_, d) => {
          if (!d.optionValue || d.optionValue === compare.field) return;
          const next = newCompare(d.optionValue);
          onChange(operatorsFor(d.optionValue).includes(compare.op) ? { ...compare, field: d.optionValue } : next);
        }}
        style={{ minWidth: "9em" }}
      >
        <OptionGroup label={m.builtInFields}>
          {BUILT_IN.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </OptionGroup>
        {extraFields.length > 0 && (
          <OptionGroup label={m.sheetColumns}>
            {extraFields.map((name) => (
              <Option key={`sheet:${name}`} value={name}>
                {name}
              </Option>
            ))}
          </OptionGroup>
        )}
      </Dropdown>
      <Dropdown
        aria-label={`${m.operator}, ${label}`}
        value={m.ops[compare.op]}
        selectedOptions={[compare.op]}
        onOptionSelect={(_, d) =>
          d.optionValue && d.optionValue !== compare.op && onChange(withOperator(compare, d.optionValue as Compare["op"]))
        }
        style={{ minWidth: "7em" }}
      >
        {ops.map((op) => (
          <Option key={op} value={op}>
            {m.ops[op]}
          </Option>
        ))}
      </Dropdown>
      {shape === "one" && (
        <Input
          aria-label={`${m.value}, ${label}`}
          value={texts[0] ?? ""}
          onChange={(_, d) => setText(0, d.value)}
          style={{ width: "7em" }}
        />
      )}
      {shape === "two" && (
        <>
          <Input
            aria-label={`${m.valueFrom}, ${label}`}
            value={texts[0] ?? ""}
            onChange={(_, d) => setText(0, d.value)}
            style={{ width: "5em" }}
          />
          <Input
            aria-label={`${m.valueTo}, ${label}`}
            value={texts[1] ?? ""}
            onChange={(_, d) => setText(1, d.value)}
            style={{ width: "5em" }}
          />
        </>
      )}
      {shape === "list" && (
        <Input aria-label={`${m.valueList}, ${label}`} value={texts[0] ?? ""} onChange={(_, d) => setText(0, d.value)} />
      )}
      <Button size="small" aria-label={removeLabel} onClick={onRemove}>
        ×
      </Button>
      {error && (
        <p className={styles.error} style={{ flexBasis: "100%", margin: 0 }}>
          {error}
        </p>
      )}
    </div>
  );
}
