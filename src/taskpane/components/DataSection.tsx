import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner } from "@fluentui/react-components";
import { cellAddress } from "../../engine/address";
import type { Field as FieldName } from "../../engine/fields";
import { describeRunError } from "../../workbook/errors";
import type { ColumnMapping } from "../hooks/useColumnMapping";
import type { WorkbookData } from "../hooks/useWorkbookData";
import { useI18n } from "../i18n";
import { MappingList } from "./MappingList";
import { Section } from "./Section";
import { usePaneStyles } from "./styles";

export interface DataSectionProps {
  readonly data: WorkbookData;
  readonly mapping: ColumnMapping | undefined;
  /** Offer "Use selection" (only Excel has a selection). */
  readonly canUseSelection: boolean;
  readonly onMappingChange: (field: FieldName, header: string) => void;
}

/** The sheet and region read, the row count, and the column mapping. */
export function DataSection({ data, mapping, canUseSelection, onMappingChange }: DataSectionProps) {
  const styles = usePaneStyles();
  const { m, f, language } = useI18n();
  const { state } = data;
  const sheets = state.status === "reading" ? [] : state.sheets;
  const current = state.status === "ready" ? state.region.sheet : undefined;

  return (
    <Section id="data" title={m.dataHeading}>
      <div className={styles.row}>
        {sheets.length > 1 && (
          <Field label={m.sheet} className={styles.grow}>
            <Dropdown
              value={current ?? ""}
              selectedOptions={current ? [current] : []}
              onOptionSelect={(_, d) => d.optionValue && data.read({ sheet: d.optionValue })}
            >
              {sheets.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Button onClick={() => data.read({ sheet: current })} disabled={state.status === "reading"}>
          {m.readAgain}
        </Button>
        {canUseSelection && (
          <Button onClick={() => data.read({ useSelection: true })} disabled={state.status === "reading"} title={m.useSelectionHint}>
            {m.useSelection}
          </Button>
        )}
      </div>
      {state.status === "reading" && <Spinner size="tiny" label={m.readingSheet} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{describeRunError(state.error, language)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && (
        <ul className={styles.list} aria-label={m.dataHeading}>
          <li>{m.regionLine(state.region.sheet, rangeOf(state.region.top, state.region.left, state.region.values))}</li>
          {state.region.source.kind === "table" && <li>{m.tableLine(state.region.source.name)}</li>}
          {state.fromSelection && <li>{m.selectionLine}</li>}
          {mapping && mapping.headerRow >= 0 && (
            <>
              <li>{m.headerRowLine(state.region.top + mapping.headerRow + 1)}</li>
              <li>{m.rowsLine(f.count(Math.max(0, state.region.values.length - mapping.headerRow - 1)))}</li>
            </>
          )}
        </ul>
      )}
      {mapping && mapping.headerRow < 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{m.noHeader}</MessageBarBody>
        </MessageBar>
      )}
      {mapping && mapping.headerRow >= 0 && <MappingList mapping={mapping} onChange={onMappingChange} />}
    </Section>
  );
}

function rangeOf(top: number, left: number, values: readonly (readonly unknown[])[]): string {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  if (values.length === 0 || width === 0) return cellAddress(top, left);
  return `${cellAddress(top, left)}:${cellAddress(top + values.length - 1, left + width - 1)}`;
}
