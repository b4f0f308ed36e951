import { useMemo } from "react";
import type { Grid } from "../../engine/cell";
import type { SegmentationConfig } from "../../engine/config/schema";
import { detectColumns, findHeaderRow } from "../../engine/columns";
import { FIELDS, type Field } from "../../engine/fields";
import { textOf } from "../../engine/parse";
import { hideOwnColumns } from "../../engine/sheetNeeds";

/** How much a field is needed: always, as an alternative to another field, or not. */
export type Need = { readonly kind: "required" } | { readonly kind: "oneOf"; readonly other: Field } | { readonly kind: "optional" };

export interface MappingRow {
  readonly field: Field;
  /** The header of the column the field reads, if any. */
  readonly header: string | undefined;
  /** The user chose the column (or chose "not in this sheet"), rather than detection. */
  readonly chosen: boolean;
  readonly need: Need;
}

export interface ColumnMapping {
  /** Index among the rows read; -1 when no header row was found. */
  readonly headerRow: number;
  /** The sheet's header texts, each once, without this add-in's own output columns. */
  readonly headers: readonly string[];
  readonly rows: readonly MappingRow[];
}

/** The fields a run cannot do without, as the engine checks them. */
export function needOf(field: Field, config: Pick<SegmentationConfig, "level" | "agingBasis">): Need {
  const basis = config.agingBasis === "invoiceDate" ? "invoiceDate" : "dueDate";
  if (field === "balance") return { kind: "oneOf", other: "amount" };
  if (field === "amount") return { kind: "oneOf", other: "balance" };
  if (field === basis) return { kind: "oneOf", other: "daysPastDue" };
  if (field === "customer" && config.level === "customer") return { kind: "required" };
  return { kind: "optional" };
}

/**
 * The header row of the rows read and the column each field maps to, by the
 * same detection the engine runs (the configuration's mapping first).
 */
export function useColumnMapping(values: Grid | undefined, config: SegmentationConfig): ColumnMapping | undefined {
  const { mapping, level, agingBasis } = config;
  return useMemo(() => {
    if (!values) return undefined;
    const headerRow = findHeaderRow(values, mapping, 30);
    if (headerRow < 0) return { headerRow, headers: [], rows: [] };
    const visible = hideOwnColumns(values[headerRow].map(textOf)).visible;
    const detection = detectColumns(visible, mapping);
    const headers = [...new Set(visible.filter((h): h is string => h !== null && h !== ""))];
    const rows = FIELDS.map((field): MappingRow => {
      const column = detection.columns[field];
      return {
        field,
        header: column === undefined ? undefined : detection.headers[column],
        chosen: mapping[field] !== undefined,
        need: needOf(field, { level, agingBasis }),
      };
    });
    return { headerRow, headers, rows };
  }, [values, mapping, level, agingBasis]);
}
