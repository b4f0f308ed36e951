import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { describeReading } from "../../engine/readingText";
import type { PreviewState } from "../hooks/usePreview";
import { useI18n } from "../i18n";
import { BalanceChart } from "./BalanceChart";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface PreviewSectionProps {
  readonly preview: PreviewState;
  readonly hasData: boolean;
  readonly configValid: boolean;
  /** Sets the as-of date (the pane proposes the ledger's latest date when today is far after it). */
  readonly onAsOf?: (iso: string) => void;
}

/** The sample table's columns and widths: the table lays out at fixed widths, and a reason needs room. */
const SAMPLE_COLUMNS = [
  ["row", "4em"],
  ["customer", "11em"],
  ["segment", "10em"],
  ["priority", "5em"],
  ["strategy", "18em"],
  ["score", "4em"],
  ["reason", "24em"],
] as const;

/** Counts and balance per segment for the rules as they stand, a bar chart, and the first rows. */
export function PreviewSection({ preview, hasData, configValid, onAsOf }: PreviewSectionProps) {
  const styles = usePaneStyles();
  const { m, f } = useI18n();
  const result = preview.result;
  const status = !hasData
    ? m.previewNoData
    : !configValid
      ? m.previewPaused
      : preview.updating
        ? m.previewUpdating
        : result?.ok
          ? m.previewAsOf(f.date(result.asOf), f.count(result.rowCount))
          : "";

  return (
    <Section id="preview" title={m.previewHeading} intro={m.previewIntro}>
      <div role="status" aria-live="polite" className={styles.muted}>
        {preview.updating && configValid && hasData ? <Spinner size="extra-tiny" label={status} labelPosition="after" /> : status}
      </div>
      {result && !result.ok && result.message && (
        <MessageBar intent="error">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && configValid && (
        <>
          {result.reading.notes.map((note) =>
            note.kind === "asOfFarAfterData" ? (
              <MessageBar key={note.kind} intent="warning" layout="multiline">
                <MessageBarBody>{m.asOfProposal(f.date(note.latest))}</MessageBarBody>
                {onAsOf && (
                  <MessageBarActions>
                    <Button onClick={() => onAsOf(note.latest)}>{m.useAsOf(f.date(note.latest))}</Button>
                  </MessageBarActions>
                )}
              </MessageBar>
            ) : null,
          )}
          <details className={styles.muted}>
            <summary>{m.readingHeading}</summary>
            <ul className={styles.list} aria-label={m.readingHeading}>
              {describeReading(result.reading).map((line, i) => (
                <li key={i}>{line.trim()}</li>
              ))}
            </ul>
          </details>
          <div className={styles.tableWrap} role="region" aria-label={m.segmentsTable} tabIndex={0}>
            <Table size="extra-small" aria-label={m.segmentsTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{m.segment}</TableHeaderCell>
                  <TableHeaderCell>{m.priority}</TableHeaderCell>
                  <TableHeaderCell>{m.rows}</TableHeaderCell>
                  <TableHeaderCell>{m.balance}</TableHeaderCell>
                  <TableHeaderCell>{m.share}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.segments.map((s) => (
                  <TableRow key={s.segment}>
                    <TableCell>{s.segment}</TableCell>
                    <TableCell>{s.priority ?? m.noPriority}</TableCell>
                    <TableCell>{f.count(s.count)}</TableCell>
                    <TableCell>{f.amount(s.balance)}</TableCell>
                    <TableCell>{f.percent(s.share)}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>
                    <strong>{m.total}</strong>
                  </TableCell>
                  <TableCell />
                  <TableCell>
                    <strong>{f.count(result.total.count)}</strong>
                  </TableCell>
                  <TableCell>
                    <strong>{f.amount(result.total.balance)}</strong>
                  </TableCell>
                  <TableCell />
                </TableRow>
              </TableBody>
            </Table>
          </div>
          {result.excluded > 0 && <p className={styles.muted}>{m.excludedRows(f.count(result.excluded))}</p>}
          <BalanceChart segments={result.segments} />
          <h3 className={styles.subheading}>{m.sampleHeading(result.sample.length)}</h3>
          <div className={styles.tableWrap} role="region" aria-label={m.sampleTable} tabIndex={0}>
            <Table size="extra-small" aria-label={m.sampleTable} style={{ minWidth: "76em" }}>
              <TableHeader>
                <TableRow>
                  {SAMPLE_COLUMNS.map(([key, width]) => (
                    <TableHeaderCell key={key} style={{ width }}>
                      {m[key]}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.sample.map((r) => (
                  <TableRow key={r.row}>
                    <TableCell>{r.row}</TableCell>
                    <TableCell>{r.customer}</TableCell>
                    <TableCell>{r.segment}</TableCell>
                    <TableCell>{r.priority ?? m.noPriority}</TableCell>
                    <TableCell>{r.strategy}</TableCell>
                    <TableCell>{f.score(r.score)}</TableCell>
                    <TableCell>{r.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </Section>
  );
}
