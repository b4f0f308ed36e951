import { Button, Dropdown, Field, Option, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import type { When } from "../../engine/config/schema";
import { describeExpressionError, formatCondition, parseExpression } from "../../engine/expression";
import { useI18n } from "../i18n";
import { fromRows, newCompare, toRows, type Compare, type ConditionRow, type RowsCondition } from "../rules/conditionRows";
import type { RuleProblems } from "../rules/problems";
import { CompareRow } from "./CompareRow";
import { usePaneStyles } from "./styles";

export interface ConditionEditorProps {
  readonly when: When;
  /** Prefix for ids and labels, e.g. "rule-7". */
  readonly id: string;
  readonly sheetFields: readonly string[];
  readonly problems: RuleProblems | undefined;
  readonly onChange: (when: When) => void;
}

/** The condition as rows, when it can be shown as rows, else undefined. */
function rowsOf(when: When): RowsCondition | undefined {
  if (typeof when !== "string") return toRows(when);
  const parsed = parseExpression(when);
  return parsed.ok ? toRows(parsed.value) : undefined;
}

/**
 * A rule's condition, edited as rows (ALL / ANY of comparisons and groups) or
 * typed as an expression that is checked on every keystroke.
 */
export function ConditionEditor({ when, id, sheetFields, problems, onChange }: ConditionEditorProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const objectRows = typeof when === "string" ? undefined : toRows(when);
  const mode = objectRows ? "rows" : "expression";
  const text = typeof when === "string" ? when : formatCondition(when);
  const convertible = mode === "rows" || rowsOf(when) !== undefined;

  const switchMode = (next: string): void => {
    if (next === "expression" && typeof when !== "string") onChange(formatCondition(when));
    if (next === "rows") {
      const rows = rowsOf(when);
      if (rows) onChange(fromRows(rows));
    }
  };

  return (
    <div className={styles.stack}>
      <Field label={m.conditionMode}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => switchMode(d.value)}>
          <Radio value="expression" label={m.modeExpression} />
          <Radio value="rows" label={m.modeRows} disabled={!convertible} />
        </RadioGroup>
      </Field>
      {mode === "expression" ? (
        <ExpressionInput
          id={id}
          text={text}
          problems={problems?.parts.when}
          onChange={onChange}
          tooNested={!convertible && text.trim() !== "" && parseExpression(text).ok}
        />
      ) : (
        <RowsEditor
          rows={objectRows!}
          id={id}
          sheetFields={sheetFields}
          problems={problems}
          onChange={(rows) => onChange(fromRows(rows))}
        />
      )}
    </div>
  );
}

interface ExpressionInputProps {
  readonly id: string;
  readonly text: string;
  readonly problems: readonly string[] | undefined;
  readonly tooNested: boolean;
  readonly onChange: (text: string) => void;
}

function ExpressionInput({ id, text, problems, tooNested, onChange }: ExpressionInputProps) {
  const styles = usePaneStyles();
  const { m, language } = useI18n();
  const parsed = text.trim() === "" ? undefined : parseExpression(text);
  const parseError = parsed && !parsed.ok ? parsed.error : undefined;
  const message = parseError
    ? m.expressionError(describeExpressionError(parseError, language), parseError.position + 1)
    : problems?.join(" ");
  return (
    <div className={styles.stack}>
      <Field
        label={m.expression}
        hint={message ? undefined : tooNested ? m.tooNested : parsed?.ok ? m.expressionOk : m.expressionHint}
        validationState={message ? "error" : undefined}
        validationMessage={message}
      >
        <Textarea
          id={`${id}-expression`}
          value={text}
          onChange={(_, d) => onChange(d.value)}
          resize="vertical"
          spellCheck={false}
          style={{ fontFamily: "monospace" }}
        />
      </Field>
      {parseError && (
        // The same position the message gives, pointed at in the text.
        <code aria-hidden="true" className={styles.muted} style={{ whiteSpace: "pre-wrap" }}>
          {text.slice(0, parseError.position)}
          <mark>{text.slice(parseError.position, parseError.position + 1) || " "}</mark>
          {text.slice(parseError.position + 1)}
        </code>
      )}
    </div>
  );
}

interface RowsEditorProps {
  readonly rows: RowsCondition;
  readonly id: string;
  readonly sheetFields: readonly string[];
  readonly problems: RuleProblems | undefined;
  readonly onChange: (rows: RowsCondition) => void;
}

function RowsEditor({ rows, id, sheetFields, problems, onChange }: RowsEditorProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const setRow = (i: number, row: ConditionRow | undefined): void =>
    onChange({ ...rows, rows: row === undefined ? rows.rows.filter((_, k) => k !== i) : rows.rows.map((r, k) => (k === i ? row : r)) });
  const whenProblems = problems?.parts.when;

  return (
    <div className={styles.stack}>
      <MatchPicker label={m.matchLabel} value={rows.match} onChange={(match) => onChange({ ...rows, match })} />
      {rows.rows.length === 0 && <p className={styles.muted}>{m.alwaysMatches}</p>}
      {rows.rows.map((row, i) =>
        row.kind === "compare" ? (
          <CompareRow
            key={`${id}-row-${i}`}
            compare={row}
            label={m.conditionRow(i + 1)}
            sheetFields={sheetFields}
            problems={problems?.rows[String(i)]}
            onChange={(c) => setRow(i, c)}
            onRemove={() => setRow(i, undefined)}
            removeLabel={m.removeCondition(i + 1)}
          />
        ) : (
          <div key={`${id}-row-${i}`} role="group" aria-label={m.group(i + 1)} className={styles.stack} style={{ marginLeft: "1em" }}>
            <MatchPicker label={`${m.group(i + 1)}: ${m.groupMatch}`} value={row.kind} onChange={(kind) => setRow(i, { ...row, kind })} />
            {row.conditions.map((c, j) => (
              <CompareRow
                key={`${id}-row-${i}-${j}`}
                compare={c}
                label={`${m.group(i + 1)}, ${m.conditionRow(j + 1)}`}
                sheetFields={sheetFields}
                problems={problems?.rows[`${i}.${j}`]}
                onChange={(next) => setRow(i, { ...row, conditions: row.conditions.map((x, k) => (k === j ? next : x)) })}
                onRemove={() =>
                  setRow(i, row.conditions.length > 1 ? { ...row, conditions: row.conditions.filter((_, k) => k !== j) } : undefined)
                }
                removeLabel={`${m.group(i + 1)}: ${m.removeCondition(j + 1)}`}
              />
            ))}
            <div className={styles.row}>
              <Button size="small" onClick={() => setRow(i, { ...row, conditions: [...row.conditions, newCompare("DaysPastDue")] })}>
                {m.addToGroup(i + 1)}
              </Button>
              <Button size="small" onClick={() => setRow(i, undefined)}>
                {m.removeGroup(i + 1)}
              </Button>
            </div>
            {problems?.rows[String(i)] && <p className={styles.error}>{problems.rows[String(i)].join(" ")}</p>}
          </div>
        ),
      )}
      <div className={styles.row}>
        <Button size="small" onClick={() => onChange({ ...rows, rows: [...rows.rows, newCompare("DaysPastDue")] })}>
          {m.addCondition}
        </Button>
        <Button
          size="small"
          onClick={() => onChange({ ...rows, rows: [...rows.rows, { kind: "any", conditions: [newCompare("DaysPastDue") as Compare] }] })}
        >
          {m.addGroup}
        </Button>
      </div>
      {whenProblems && <p className={styles.error}>{whenProblems.join(" ")}</p>}
    </div>
  );
}

function MatchPicker({ label, value, onChange }: { label: string; value: "all" | "any"; onChange: (value: "all" | "any") => void }) {
  const { m } = useI18n();
  const names: Record<"all" | "any", string> = { all: m.matchAll, any: m.matchAny };
  return (
    <Field label={label}>
      <Dropdown
        value={names[value]}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => (d.optionValue === "all" || d.optionValue === "any") && onChange(d.optionValue)}
      >
        <Option value="all">{m.matchAll}</Option>
        <Option value="any">{m.matchAny}</Option>
      </Dropdown>
    </Field>
  );
}
