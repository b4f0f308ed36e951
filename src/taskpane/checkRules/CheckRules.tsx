/**
 * The pane's "Check the rules" section: what the rules would have done on the
 * ledger's own past. Snapshot dates default to the last six month-ends the
 * ledger covers; per segment, what happened next; the lift chart; the AUC in
 * words; "compare with…" another preset or the saved rules, and who moves.
 * The backtest runs where the preview runs (the preview's Web Worker, or the
 * browser page's workbook worker), through the runner's `check`. With
 * `onWriteSheet` it also writes the Backtest (or Compare) sheet.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BacktestResult } from "../../engine/backtest/backtest";
import type { SegmentationConfig } from "../../engine/config/schema";
import { languageOfTag } from "../../engine/language";
import { textsFor } from "../../engine/messages";
import type { CheckRulesTexts } from "../../engine/messages/backtestTypes";
import { serialFromIso } from "../../engine/parse";
import { PRESET_NAMES, presetConfig, type PresetName } from "../../engine/presets";
import type { Result } from "../../engine/result";
import { backtestPlan, totals } from "../../workbook/backtestPlan";
import { comparePlan } from "../../workbook/comparePlan";
import type { WorkbookError } from "../../workbook/errors";
import type { PlanSheetReport, PlanSheetWrite } from "../../workbook/port";
import { useI18n, type Formats } from "../i18n";
import type { PreviewRunner } from "../preview/previewTypes";
import type { CheckRequest, CheckResult } from "./checkTypes";
import { LiftChart } from "./LiftChart";

export interface CheckRulesProps {
  /** The runner the preview uses; its `check` runs the backtests. */
  readonly runner: PreviewRunner;
  /** Whether the runner holds the sheet's rows. */
  readonly hasData: boolean;
  /** The rules as edited; undefined while they are not valid. */
  readonly config: SegmentationConfig | undefined;
  /** The rules saved in the workbook, offered under "compare with…". */
  readonly savedConfig?: SegmentationConfig;
  readonly today: string;
  /** Office's or the browser's display language (a tag such as "pt-BR"). */
  readonly displayLanguage?: string;
  /** Writes the Backtest or Compare sheet (the face's `writePlanSheet`); no button without it. */
  readonly onWriteSheet?: (write: PlanSheetWrite) => Promise<Result<PlanSheetReport, WorkbookError>>;
  /** Words a face error is said in (the pane's own describe function). */
  readonly describeError?: (error: WorkbookError) => string;
}

const DEFAULT_HORIZON = 30;
const MAX_HORIZON = 3650;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: { textAlign: "left", padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  number: { textAlign: "right", padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  words: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

type CompareChoice = "" | "saved" | PresetName;

/** Dates typed in the box: YYYY-MM-DD separated by commas or spaces. */
function parseDates(text: string, pane: CheckRulesTexts): Result<string[], string> {
  const dates = text.split(/[,;\s]+/).filter(Boolean);
  for (const d of dates) if (serialFromIso(d) === undefined) return { ok: false, error: pane.badDate(d) };
  return { ok: true, value: dates };
}

/** "Check the rules" (see the file's comment). */
export default function CheckRules(props: CheckRulesProps) {
  const { runner, hasData, config, savedConfig, today, displayLanguage, onWriteSheet } = props;
  const styles = useStyles();
  const { f, locale } = useI18n();
  const language = languageOfTag(displayLanguage ?? locale) ?? "en";
  const pane = textsFor(language).backtest.pane;
  const [datesText, setDatesText] = useState("");
  const [horizonText, setHorizonText] = useState(String(DEFAULT_HORIZON));
  const [choice, setChoice] = useState<CompareChoice>("");
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<CheckResult | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [written, setWritten] = useState<string | undefined>();
  const [writing, setWriting] = useState(false);
  const asked = useRef(0);

  const other = useMemo((): { readonly config: SegmentationConfig; readonly name: string } | undefined => {
    if (choice === "") return undefined;
    if (choice === "saved") return savedConfig ? { config: savedConfig, name: pane.savedRules } : undefined;
    const preset = presetConfig(choice, config?.agingEdges, language);
    return preset.ok ? { config: preset.value, name: pane.preset(choice) } : undefined;
  }, [choice, savedConfig, config, language, pane]);

  const check = useCallback(
    async (dates: readonly string[] | undefined) => {
      if (!config || !runner.check) return;
      const horizon = Number(horizonText);
      if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
        setProblem(pane.badHorizon(MAX_HORIZON));
        return;
      }
      const mine = ++asked.current;
      setRunning(true);
      setProblem(undefined);
      setWritten(undefined);
      const request: CheckRequest = {
        config,
        dates,
        horizonDays: horizon,
        today,
        other: other?.config,
        displayLanguage: displayLanguage ?? locale,
      };
      const answer = await runner.check(request);
      if (mine !== asked.current) return;
      setRunning(false);
      setResult(answer);
      if (answer.ok && dates === undefined) setDatesText(answer.dates.join(", "));
    },
    [config, runner, horizonText, today, other, displayLanguage, locale, pane],
  );

  // The first check, with the default dates, as soon as the rows and valid rules are there.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !hasData || !config || !runner.check) return;
    started.current = true;
    void check(undefined);
  }, [hasData, config, runner, check]);

  const onCheck = () => {
    const parsed = parseDates(datesText, pane);
    if (!parsed.ok) return setProblem(parsed.error);
    void check(parsed.value.length > 0 ? parsed.value : undefined);
  };

  const onWrite = async () => {
    if (!onWriteSheet || !result?.ok) return;
    const texts = textsFor(result.language).backtest;
    const policy = config?.name ?? pane.theseRules;
    const write: PlanSheetWrite = result.other
      ? {
          kind: "compare",
          sheetName: texts.compareSheetName,
          plan: comparePlan({
            comparison: result.other.comparison,
            names: { first: policy, second: other?.name ?? "" },
            sheet: result.sheet,
            changes: result.other.changes,
            rowNumber: (row) => row,
            backtests: { first: result.backtest, second: result.other.backtest },
            texts,
          }),
        }
      : {
          kind: "backtest",
          sheetName: texts.sheetName,
          plan: backtestPlan({ result: result.backtest, policy, sheet: result.sheet, texts }),
        };
    setWriting(true);
    const done = await onWriteSheet(write);
    setWriting(false);
    if (done.ok) setWritten(pane.written(done.value.sheet));
    else setProblem(props.describeError ? props.describeError(done.error) : done.error.kind);
  };

  const failure = problem ?? (result && !result.ok ? result.message : undefined);
  return (
    <section className={styles.section} aria-labelledby="check-rules-title">
      <h2 id="check-rules-title" className={styles.heading}>
        {pane.heading}
      </h2>
      <p className={styles.muted}>{hasData ? pane.intro : pane.noLedger}</p>
      <Field label={pane.dates} hint={pane.datesHint}>
        <Input value={datesText} onChange={(_e, d) => setDatesText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={pane.horizon}>
          <Input
            type="number"
            min={1}
            max={MAX_HORIZON}
            value={horizonText}
            onChange={(_e, d) => setHorizonText(d.value)}
            style={{ width: "7em" }}
          />
        </Field>
        <Field label={pane.compareWith}>
          <Select value={choice} onChange={(_e, d) => setChoice(d.value as CompareChoice)}>
            <option value="">{pane.compareNothing}</option>
            {savedConfig && <option value="saved">{pane.savedRules}</option>}
            {PRESET_NAMES.map((name) => (
              <option key={name} value={name}>
                {pane.preset(name)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!hasData || !config || running || !runner.check} onClick={onCheck}>
          {pane.check}
        </Button>
        {onWriteSheet && (
          <Button disabled={!result?.ok || running || writing} onClick={() => void onWrite()}>
            {writing ? pane.writing : pane.writeSheet}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" className={styles.muted}>
        {running ? <Spinner size="extra-tiny" label={pane.checking} labelPosition="after" /> : (written ?? "")}
      </div>
      {failure && (
        <MessageBar intent="warning">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && !running && <Outcome result={result} otherName={other?.name} pane={pane} f={f} />}
    </section>
  );
}

/** What a finished check shows. */
function Outcome({
  result,
  otherName,
  pane,
  f,
}: {
  readonly result: Extract<CheckResult, { ok: true }>;
  readonly otherName?: string;
  readonly pane: CheckRulesTexts;
  readonly f: Formats;
}) {
  const styles = useStyles();
  const texts = textsFor(result.language).backtest;
  const b = result.backtest;
  const found = (r: BacktestResult) => r.overall.lift.map((p) => p.neededShare);
  const lines = [
    { name: result.other ? `${pane.theseRules}` : texts.lift.found, points: found(b) },
    ...(result.other ? [{ name: otherName ?? "B", points: found(result.other.backtest) }] : []),
    { name: texts.lift.random, points: b.overall.lift.map((p) => p.openShare), dashed: true },
  ];
  const total = totals(b.overall.segments);
  return (
    <>
      <p className={styles.words}>{texts.aucWords(b.overall.auc)}</p>
      {result.other && (
        <p className={styles.words}>
          {otherName}: {texts.aucWords(result.other.backtest.overall.auc)}
        </p>
      )}
      <p className={styles.muted}>{texts.callWords(b.overall.personCalls)}</p>
      <p className={styles.muted}>
        {texts.paidWithin(b.horizonDays)}: {texts.paidWords(total.collectedBalance, total.openBalance)}
      </p>
      <h3 className={styles.subheading}>{pane.perSegment}</h3>
      <table className={styles.table} aria-label={pane.perSegment}>
        <thead>
          <tr>
            <th className={styles.cell}>{texts.columns.segment}</th>
            <th className={styles.number}>{texts.columns.openInvoices}</th>
            <th className={styles.number}>{texts.columns.openBalance}</th>
            <th className={styles.number}>{texts.paidWithin(b.horizonDays)}</th>
            <th className={styles.number}>{texts.columns.neededInvoices}</th>
          </tr>
        </thead>
        <tbody>
          {b.overall.segments.map((s) => (
            <tr key={s.segment}>
              <td className={styles.cell}>{s.segment}</td>
              <td className={styles.number}>{f.count(s.openInvoices)}</td>
              <td className={styles.number}>{f.amount(s.openBalance)}</td>
              <td className={styles.number}>{s.collectionRate === null ? "–" : f.percent(s.collectionRate)}</td>
              <td className={styles.number}>{f.count(s.neededInvoices)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LiftChart label={pane.chartLabel} lines={lines} />
      {result.other && (
        <>
          <h3 className={styles.subheading}>{pane.whoMoves}</h3>
          <p className={styles.words}>{pane.movesWords(result.other.comparison.priority.rose, result.other.comparison.priority.fell)}</p>
          <table className={styles.table} aria-label={pane.whoMoves}>
            <thead>
              <tr>
                <th className={styles.cell}>{texts.compare.changeColumns.firstSegment}</th>
                <th className={styles.cell}>{texts.compare.changeColumns.secondSegment}</th>
                <th className={styles.number}>{texts.compare.invoices}</th>
                <th className={styles.number}>{texts.compare.openBalance}</th>
              </tr>
            </thead>
            <tbody>
              {result.other.comparison.moves.map((m) => (
                <tr key={`${m.from}→${m.to}`}>
                  <td className={styles.cell}>{m.from}</td>
                  <td className={styles.cell}>{m.to}</td>
                  <td className={styles.number}>{f.count(m.invoices)}</td>
                  <td className={styles.number}>{f.amount(m.balance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
