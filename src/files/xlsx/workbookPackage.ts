import { fail, ok, type Result } from "../../engine/result";
import type { ZipCodec } from "../zip/codec";
import { InflateError, inflateWhole } from "../zip/inflate";
import type { PackageDefect } from "../fileProblems";
import { readZip, type ZipArchive } from "../zip/zipArchive";
import { tagAttributes, xmlTags } from "../xml/xmlTags";
import { unescapeXml } from "../xml/xmlText";
import { isOleFile, oleContent, plainNature, zipNature, type FileNature } from "./fileNature";
import { PART_LIMITS, type PartLimits } from "./limits";
import { parseRelationships, relsPartOf, type Relationship } from "./relationships";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"); undefined for a chart sheet or a dialog sheet. */
  readonly part: string | undefined;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedName {
  readonly name: string;
  readonly value: string;
  readonly localSheetId?: number;
  readonly hidden: boolean;
}

/** A workbook package opened: its directory and the few small parts every run reads. */
export interface WorkbookPackage {
  readonly archive: ZipArchive;
  readonly codec: ZipCodec;
  readonly limits: PartLimits;
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly workbookRels: readonly Relationship[];
  readonly contentTypesXml: string;
  readonly sheets: readonly SheetEntry[];
  readonly activeTab: number;
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedName[];
  readonly sharedStringsPart?: string;
  readonly stylesPart?: string;
}

export type { PackageDefect };

/** Why a file could not be opened as a workbook, as codes. */
export type OpenProblem =
  | { readonly kind: "notAWorkbook"; readonly nature: FileNature }
  | { readonly kind: "encrypted" }
  | { readonly kind: "damaged"; readonly defect: PackageDefect; readonly part?: string }
  | { readonly kind: "tooLarge"; readonly part: string; readonly limit: number };

/**
 * Opens an .xlsx (or .xlsm) file held in memory: checks what the file is, reads
 * its zip directory and its workbook part. Only small parts are inflated here;
 * sheets are streamed later, one at a time.
 *
 * @example
 * const opened = await openPackage(bytes, platformCodec);
 * opened.ok && opened.value.sheets.map((s) => s.name) //=> ["AR Ledger", "Notes"]
 */
export async function openPackage(
  bytes: Uint8Array,
  codec: ZipCodec,
  limits: PartLimits = PART_LIMITS,
): Promise<Result<WorkbookPackage, OpenProblem>> {
  if (isOleFile(bytes)) {
    const content = oleContent(bytes);
    return fail(content === "encrypted" ? { kind: "encrypted" } : { kind: "notAWorkbook", nature: content });
  }
  const zip = readZip(bytes);
  if (!zip.ok) {
    return fail(
      zip.error.defect === "notZip"
        ? { kind: "notAWorkbook", nature: plainNature(bytes) }
        : { kind: "damaged", defect: zip.error.defect, part: zip.error.entry },
    );
  }
  const archive = zip.value;
  const text = (part: string) => partText(archive, codec, part, limits.small);
  const rootRels = archive.byName.has("_rels/.rels") ? await text("_rels/.rels") : undefined;
  if (rootRels && !rootRels.ok) return rootRels;
  const office = rootRels && parseRelationships(rootRels.value, "").find((r) => r.type === "officeDocument");
  const workbookPart = office?.part ?? (archive.byName.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  if (!workbookPart || !archive.byName.has(workbookPart)) return fail({ kind: "notAWorkbook", nature: zipNature(archive) });
  if (!workbookPart.endsWith(".xml")) return fail({ kind: "notAWorkbook", nature: "zip" });

  const workbook = await text(workbookPart);
  if (!workbook.ok) return workbook;
  const relsPart = relsPartOf(workbookPart);
  const rels = archive.byName.has(relsPart) ? await text(relsPart) : undefined;
  if (!rels?.ok) return rels ?? fail({ kind: "damaged", defect: "missingPart", part: relsPart });
  const types = archive.byName.has("[Content_Types].xml") ? await text("[Content_Types].xml") : undefined;
  if (!types?.ok) return types ?? fail({ kind: "damaged", defect: "missingPart", part: "[Content_Types].xml" });

  const workbookRels = parseRelationships(rels.value, workbookPart);
  const info = readWorkbookXml(workbook.value, workbookRels);
  return ok({
    archive,
    codec,
    limits,
    workbookPart,
    workbookXml: workbook.value,
    workbookRels,
    contentTypesXml: types.value,
    ...info,
    sharedStringsPart: workbookRels.find((r) => r.type === "sharedStrings")?.part,
    stylesPart: workbookRels.find((r) => r.type === "styles")?.part,
  });
}

/** A small part's text, read whole, with its size limit. */
export async function partText(archive: ZipArchive, codec: ZipCodec, part: string, limit: number): Promise<Result<string, OpenProblem>> {
  const entry = archive.byName.get(part);
  if (!entry) return fail({ kind: "damaged", defect: "missingPart", part });
  try {
    return ok(new TextDecoder("utf-8").decode(await inflateWhole(archive, entry, { codec, limit })));
  } catch (error) {
    return fail(inflateProblem(error, part));
  }
}

/** The problem an inflate failure stands for; rethrows anything else (a bug, not bad input). */
export function inflateProblem(error: unknown, part: string): OpenProblem {
  if (error instanceof InflateError) {
    return error.defect === "tooLarge" ? { kind: "tooLarge", part, limit: error.limit } : { kind: "damaged", defect: "corrupt", part };
  }
  throw error;
}

function readWorkbookXml(
  xml: string,
  rels: readonly Relationship[],
): Pick<WorkbookPackage, "sheets" | "activeTab" | "date1904" | "definedNames"> {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let activeTab = 0;
  let date1904 = false;
  for (const tag of xmlTags(xml)) {
    if (tag.kind === "close") continue;
    if (tag.name === "sheet") {
      const a = tagAttributes(xml, tag);
      const relId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = rels.find((r) => r.id === relId);
      sheets.push({
        name: a.name ?? "",
        sheetId: Number(a.sheetId ?? sheets.length + 1),
        relId,
        part: rel?.type === "worksheet" ? rel.part : undefined,
        state: a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible",
      });
    } else if (tag.name === "workbookPr") {
      const value = tagAttributes(xml, tag).date1904;
      date1904 = value === "1" || value === "true";
    } else if (tag.name === "workbookView") {
      activeTab = Number(tagAttributes(xml, tag).activeTab ?? 0) || 0;
    } else if (tag.name === "definedName" && tag.kind === "open") {
      const a = tagAttributes(xml, tag);
      const close = xml.indexOf("</", tag.end);
      definedNames.push({
        name: a.name ?? "",
        value: close < 0 ? "" : unescapeXml(xml.slice(tag.end, close)),
        localSheetId: a.localSheetId === undefined ? undefined : Number(a.localSheetId),
        hidden: a.hidden === "1" || a.hidden === "true",
      });
    }
  }
  return { sheets, activeTab, date1904, definedNames };
}
