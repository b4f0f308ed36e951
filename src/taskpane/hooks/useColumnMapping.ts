import { useMemo } from "react";
import type { Grid } from "../../engine/cell";
import type { SegmentationConfig } from "../../engine/config/schema";
import { FIELDS, type Field } from "../../engine/fields";
import { readSheetHeader } from "../../engine/sheetHeader";
import { requiredFields } from "../../engine/sheetNeeds";

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
  /** The sheet is an aging summary (one row per customer, buckets as columns): it needs no due date. */
  readonly agingSummary: boolean;
}

/**
 * How much a run needs a field, as the engine decides it (see `requiredFields`).
 *
 * @example needOf("balance", { level: "invoice", agingBasis: "dueDate" }, false) //=> { kind: "oneOf", other: "amount" }
 */
export function needOf(field: Field, config: Pick<SegmentationConfig, "level" | "agingBasis">, agedByBuckets: boolean): Need {
  for (const alternatives of requiredFields(config, agedByBuckets)) {
    if (!alternatives.includes(field)) continue;
    if (alternatives.length === 1) return { kind: "required" };
    return { kind: "oneOf", other: alternatives.find((f) => f !== field)! };
  }
  return { kind: "optional" };
}

/**
 * The header row of the rows read and the column each field maps to, by the
 * engine's own reading of the sheet's top (the configuration's mapping first).
 */
export function useColumnMapping(values: Grid | undefined, config: SegmentationConfig): ColumnMapping | undefined {
  return useMemo(() => {
    if (!values) return undefined;
    const read = readSheetHeader(values, config, "", undefined, "report");
    if (!read.ok) return { headerRow: -1, headers: [], rows: [], agingSummary: false };
    const { detection, row, layout } = read.value;
    const agingSummary = layout.kind === "agingSummary";
    const headers = [...new Set(detection.headers.filter((h) => h !== ""))];
    const rows = FIELDS.map((field): MappingRow => {
      const column = detection.columns[field];
      return {
        field,
        header: column === undefined ? undefined : detection.headers[column],
        chosen: config.mapping[field] !== undefined,
        need: needOf(field, config, agingSummary),
      };
    });
    return { headerRow: row, headers, rows, agingSummary };
  }, [values, config]);
}
