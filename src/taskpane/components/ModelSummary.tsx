import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Model } from "../../engine/config/schema";
import { formatCondition } from "../../engine/expression";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./styles";

export interface ModelSummaryProps {
  readonly model: Exclude<Model, { kind: "rules" }>;
  readonly onCopyAsRules: () => void;
}

/** A points, score or matrix model, read-only, with a way to turn it into editable rules. */
export function ModelSummary({ model, onCopyAsRules }: ModelSummaryProps) {
  const styles = usePaneStyles();
  const { m, f } = useI18n();
  const outcome = (o: { segment: string; priority: number | null }) => `${o.segment} (${m.priority} ${o.priority ?? m.noPriority})`;

  return (
    <div className={styles.stack}>
      <MessageBar intent="info">
        <MessageBarBody>{model.kind === "points" ? m.pointsNote : m.readOnlyModel(m.modelKinds[model.kind])}</MessageBarBody>
      </MessageBar>
      {model.kind === "matrix" && (
        <>
          <ul className={styles.list}>
            <li>{m.matrixAxis(m.riskAxis, model.risk.field, model.risk.cuts.map(f.count).join(", "))}</li>
            <li>{m.matrixAxis(m.valueAxis, model.value.field, model.value.cuts.map(f.count).join(", "))}</li>
          </ul>
          <div className={styles.tableWrap} role="region" aria-label={m.matrixTable} tabIndex={0}>
            <Table size="extra-small" aria-label={m.matrixTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{`${m.riskAxis} \\ ${m.valueAxis}`}</TableHeaderCell>
                  {model.cells[0].map((_, v) => (
                    <TableHeaderCell key={v}>{v + 1}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {model.cells.map((row, r) => (
                  <TableRow key={r}>
                    <TableCell>{r + 1}</TableCell>
                    {row.map((cell, v) => (
                      <TableCell key={v}>{outcome(cell)}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      {model.kind === "score" && (
        <ul className={styles.list}>
          {[...model.bands]
            .sort((a, b) => b.minScore - a.minScore)
            .map((band, i) => (
              <li key={i}>{`${m.band(f.count(band.minScore))}: ${outcome(band)}`}</li>
            ))}
        </ul>
      )}
      {model.kind === "points" && (
        <ul className={styles.list}>
          {model.rules.map((rule, i) => (
            <li key={i}>{`${rule.name}: ${typeof rule.when === "string" ? rule.when : formatCondition(rule.when)} → ${rule.points}`}</li>
          ))}
          {model.bands.map((band, i) => (
            <li key={`band-${i}`}>{`${m.band(`${band.minPercent}%`)}: ${outcome(band)}`}</li>
          ))}
        </ul>
      )}
      {model.kind !== "points" && (
        <div>
          <Button appearance="primary" onClick={onCopyAsRules}>
            {m.copyAsRules}
          </Button>
        </div>
      )}
    </div>
  );
}
