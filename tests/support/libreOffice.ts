import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** True when LibreOffice's `soffice` is on the PATH (CI installs it; see .ci/run). */
export function hasLibreOffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/**
 * Converts a workbook with LibreOffice (headless, its own profile) and returns
 * the converted file's path. The profile sets Calc's OOXMLRecalcMode to 0
 * ("always recalculate"), so formulas show LibreOffice's own results.
 */
export function convertWithLibreOffice(file: string, to: "ods" | "csv"): string {
  const profile = mkdtempSync(join(tmpdir(), "arseg-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
  );
  const out = mkdtempSync(join(tmpdir(), "arseg-lo-out-"));
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", out, file], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return join(
    out,
    file
      .split("/")
      .pop()!
      .replace(/\.[^.]+$/, `.${to}`),
  );
}

/** A table of an OpenDocument content.xml as rows of cell values (numbers from office:value, else the text). */
export function odsTable(contentXml: string, name: string): (string | number | null)[][] {
  const start = contentXml.indexOf(`<table:table table:name="${name}"`);
  if (start < 0) return [];
  const end = contentXml.indexOf("</table:table>", start);
  const table = contentXml.slice(start, end);
  const rows: (string | number | null)[][] = [];
  for (const rowMatch of table.matchAll(/<table:table-row([^>]*?)(\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const repeat = Math.min(Number(/table:number-rows-repeated="(\d+)"/.exec(rowMatch[1])?.[1] ?? 1), 50);
    const cells: (string | number | null)[] = [];
    for (const cell of (rowMatch[3] ?? "").matchAll(
      /<table:(?:covered-)?table-cell([^>]*?)(\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
    )) {
      const times = Math.min(Number(/table:number-columns-repeated="(\d+)"/.exec(cell[1])?.[1] ?? 1), 100);
      const value = /office:value="([^"]*)"/.exec(cell[1]);
      const text = [...(cell[3] ?? "").matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((m) => m[1].replace(/<[^>]+>/g, "")).join("\n");
      for (let k = 0; k < times; k++)
        cells.push(
          value
            ? Number(value[1])
            : text === ""
              ? null
              : text
                  .replace(/&amp;/g, "&")
                  .replace(/&lt;/g, "<")
                  .replace(/&gt;/g, ">")
                  .replace(/&apos;/g, "'")
                  .replace(/&quot;/g, '"'),
        );
    }
    for (let k = 0; k < repeat; k++) rows.push(cells);
  }
  return rows;
}

/** The content.xml of an .ods file. */
export function odsContent(file: string): string {
  return execFileSync("unzip", ["-p", file, "content.xml"], { encoding: "utf8", maxBuffer: 1 << 28 });
}
