import { escapeXml } from "../xml/xmlText";
import { spreadsheetEscape } from "./strings";

/** A value a run writes into a cell. */
export type CellInput = string | number | boolean | null | undefined;

/**
 * The XML of one cell. Text is an inline string, which SpreadsheetML never
 * reads as a formula: "=SUM(A1)" or "+1" written this way stays text.
 * Empty values give "" (no cell).
 *
 * @example
 * cellXml("M2", "=Globex")  //=> '<c r="M2" t="inlineStr"><is><t>=Globex</t></is></c>'
 * cellXml("N2", 6, 3)       //=> '<c r="N2" s="3"><v>6</v></c>'
 */
export function cellXml(ref: string, value: CellInput, style = 0, prefix = ""): string {
  if (value === null || value === undefined || value === "") return style ? `<${prefix}c r="${ref}" s="${style}"/>` : "";
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>` : "";
  if (typeof value === "boolean") return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is>${textRun(value, prefix)}</${prefix}is></${prefix}c>`;
}

/** A `<t>` run, keeping edge spaces and line breaks as typed. */
function textRun(text: string, prefix: string): string {
  const space = /^[\s]|[\s]$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${space}>${escapeXml(spreadsheetEscape(text))}</${prefix}t>`;
}

/**
 * A formula cell with its cached result, so viewers that do not recalculate
 * show the figure. `formula` is written without its "=".
 *
 * @example
 * formulaCellXml("B5", 'COUNTIFS(Data!$M$2:$M$9,A5)', 3, 2) //=> '<c r="B5" s="2"><f>COUNTIFS(Data!$M$2:$M$9,A5)</f><v>3</v></c>'
 */
export function formulaCellXml(ref: string, formula: string, cached: number, style = 0): string {
  const s = style ? ` s="${style}"` : "";
  return `<c r="${ref}"${s}><f>${escapeXml(formula)}</f><v>${Number.isFinite(cached) ? cached : 0}</v></c>`;
}
