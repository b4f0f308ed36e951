import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { RulesModel, SegmentRule } from "../../engine/config/schema";
import { formatCondition } from "../../engine/expression";
import { STRATEGIES } from "../../engine/presets";
import { useI18n } from "../i18n";
import type { ProblemIndex } from "../rules/problems";
import { ConditionEditor } from "./ConditionEditor";
import { OutcomeFields } from "./OutcomeFields";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  invalid: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  summary: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyMonospace,
  },
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  panel: { paddingBottom: tokens.spacingVerticalM },
  // The header holds two or three lines (name, condition, problems): let it grow instead of overflowing.
  headerButton: { height: "auto", minHeight: "44px", paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

export interface RuleListProps {
  readonly model: RulesModel;
  readonly ids: readonly number[];
  readonly problems: ProblemIndex;
  readonly sheetFields: readonly string[];
  readonly onUpdate: (index: number, rule: SegmentRule) => void;
  readonly onMove: (index: number, by: -1 | 1) => void;
  readonly onDuplicate: (index: number) => void;
  readonly onDelete: (index: number) => void;
  readonly onAdd: (rule: SegmentRule) => void;
  readonly onOtherwise: (outcome: RulesModel["otherwise"]) => void;
}

/** The ordered rules of a rules model, each editable in its own panel, and the "otherwise" outcome. */
export function RuleList(props: RuleListProps) {
  const { model, ids, problems } = props;
  const styles = usePaneStyles();
  const local = useStyles();
  const { m } = useI18n();
  const [open, setOpen] = useState<string[]>([]);
  const [focus, setFocus] = useState<string | undefined>(undefined);

  // A rule just added or duplicated opens, ready to edit.
  const known = useRef(ids);
  useEffect(() => {
    const fresh = ids.filter((id) => !known.current.includes(id)).map((id) => `rule-${id}`);
    if (fresh.length > 0 && fresh.length < ids.length) setOpen((current) => [...current, ...fresh]);
    known.current = ids;
  }, [ids]);

  // After a move the buttons follow their rule to its new place; keep the keyboard focus on them.
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus, ids]);

  const whenText = (rule: SegmentRule) => (typeof rule.when === "string" ? rule.when : formatCondition(rule.when));
  const newRule = (): SegmentRule => ({ when: "DaysPastDue > 0", segment: m.newRuleName, priority: 3, strategy: { ...STRATEGIES.call } });

  return (
    <div className={styles.stack}>
      <h3 className={styles.subheading}>{m.rulesHeading}</h3>
      <p className={styles.muted}>{m.rulesIntro}</p>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {model.rules.map((rule, i) => {
          const id = `rule-${ids[i] ?? i}`;
          const ruleProblems = problems.rules.get(i);
          const n = i + 1;
          return (
            <AccordionItem key={id} value={id} className={mergeClasses(local.item, ruleProblems && local.invalid)}>
              <AccordionHeader button={{ className: local.headerButton }}>
                <span className={local.headerText}>
                  <span>{m.rule(n, rule.segment)}</span>
                  <span className={local.summary}>{whenText(rule) || "…"}</span>
                  {ruleProblems && (
                    <Badge color="danger" appearance="filled">
                      {m.ruleProblems(ruleProblems.count)}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel className={local.panel}>
                <div className={styles.stack}>
                  <div className={styles.row} role="toolbar" aria-label={m.rule(n, rule.segment)}>
                    <Button
                      id={`${id}-up`}
                      size="small"
                      aria-label={m.moveUp(n)}
                      disabled={i === 0}
                      onClick={() => (props.onMove(i, -1), setFocus(`${id}-up`))}
                    >
                      {m.up}
                    </Button>
                    <Button
                      id={`${id}-down`}
                      size="small"
                      aria-label={m.moveDown(n)}
                      disabled={i === model.rules.length - 1}
                      onClick={() => (props.onMove(i, 1), setFocus(`${id}-down`))}
                    >
                      {m.down}
                    </Button>
                    <Button size="small" aria-label={m.duplicate(n)} onClick={() => props.onDuplicate(i)}>
                      {m.duplicateShort}
                    </Button>
                    <Button size="small" aria-label={m.remove(n)} disabled={model.rules.length <= 1} onClick={() => props.onDelete(i)}>
                      {m.removeShort}
                    </Button>
                  </div>
                  {ruleProblems?.parts.rule && <p className={styles.error}>{ruleProblems.parts.rule.join(" ")}</p>}
                  <OutcomeFields
                    outcome={rule}
                    problems={ruleProblems?.parts ?? {}}
                    onChange={(o) => props.onUpdate(i, { ...rule, ...o })}
                  />
                  <ConditionEditor
                    when={rule.when}
                    id={id}
                    sheetFields={props.sheetFields}
                    problems={ruleProblems}
                    onChange={(when) => props.onUpdate(i, { ...rule, when })}
                  />
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
        <AccordionItem value="otherwise" className={mergeClasses(local.item, problems.otherwise && local.invalid)}>
          <AccordionHeader button={{ className: local.headerButton }}>
            <span className={local.headerText}>
              <span>{`${m.otherwise}: ${model.otherwise.segment}`}</span>
              {problems.otherwise && (
                <Badge color="danger" appearance="filled">
                  {m.ruleProblems(problems.otherwise.count)}
                </Badge>
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel className={local.panel}>
            <p className={styles.muted}>{m.otherwiseIntro}</p>
            <OutcomeFields outcome={model.otherwise} problems={problems.otherwise?.parts ?? {}} onChange={props.onOtherwise} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div>
        <Button
          onClick={() => {
            props.onAdd(newRule());
          }}
        >
          {m.addRule}
        </Button>
      </div>
    </div>
  );
}
