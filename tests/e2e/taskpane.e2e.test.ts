/**
 * The task pane as a plain web page in real Chromium (Debian's /usr/bin/chromium
 * driven by playwright-core): open a ledger, choose a preset, edit a rule,
 * check the preview against the engine run in Node on the same file, apply,
 * download, and check the downloaded workbook — in English and in Spanish —
 * plus an axe accessibility scan and light/dark screenshots.
 */
import { textsFor } from "../../src/engine/messages";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { readFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { parseConfigText } from "../../src/engine/config/configText";
import { describeIssue } from "../../src/engine/issues";
import { OUTPUT_HEADERS } from "../../src/engine/segmentation";
import type { SegmentationConfig } from "../../src/engine/config/schema";
import { describeRunError } from "../../src/workbook/errors";
import { readAndSegment } from "../../src/workbook/segmentWorkbook";
import { XlsxBook } from "../../src/xlsx/book";
import { createXlsxPort } from "../../src/xlsx/xlsxPort";
import { launchChromium, screenshot, seriousAxeViolations } from "../support/e2eBrowser";
import { DIST, ensureDevBuild } from "../support/e2eBuild";
import { serveFolder, type StaticServer } from "../support/e2eServer";
import { generateLedger } from "../support/generateLedger";

jest.setTimeout(240_000);

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-ledger.xlsx");
const AS_OF = "2025-06-30";

/** Texts of the pane in each language that the flow needs (accessible names). */
const UI = {
  en: {
    open: "Open workbook",
    apply: "Apply segmentation",
    download: "Download segmented workbook",
    preset: "Preset",
    asOf: /^As-of date/,
    exportJson: "Export as JSON",
    segmentsTable: "Rows and balance by segment",
    expression: "Expression",
    segment: "Segment",
    applied: /Segmented [\d,.\s]+ rows/,
    amount: (text: string) => Number(text.replace(/,/g, "")),
  },
  es: {
    open: "Abrir libro",
    apply: "Aplicar segmentación",
    download: "Descargar libro segmentado",
    preset: "Modelo predefinido",
    asOf: /^Fecha de corte/,
    exportJson: "Exportar como JSON",
    segmentsTable: "Filas y saldo por segmento",
    expression: "Expresión",
    segment: "Segmento",
    applied: /Se segmentaron [\d,.\s]+ filas/,
    amount: (text: string) => Number(text.replace(/[.\s\u00a0\u202f]/g, "").replace(",", ".")),
  },
} as const;

type Language = keyof typeof UI;

let server: StaticServer;
let work: string;

beforeAll(async () => {
  ensureDevBuild();
  server = await serveFolder(DIST);
  work = mkdtempSync(join(tmpdir(), "arseg-e2e-"));
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function writeLedger(file: string, locale: "en" | "es"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === "es" ? "Cartera" : "Ledger");
  // Spanish: text dates (DD/MM/YYYY) and amounts (1.234,56), as an ERP export writes them.
  for (const row of generateLedger({ rows: 400, seed: 11, asOf: AS_OF, locale, dates: locale === "es" ? "text" : "date" }))
    sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function openPane(
  browser: Browser,
  locale: string,
  colorScheme: "light" | "dark" = "light",
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, colorScheme, acceptDownloads: true, viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}taskpane.html`);
  return { context, page, errors };
}

async function chooseOption(page: Page, combobox: string | RegExp, option: string): Promise<void> {
  await page.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option }).click();
}

async function previewRows(page: Page, table: string): Promise<string[][]> {
  return page
    .getByRole("table", { name: table })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("td")).map((cell) => (cell.textContent ?? "").trim())));
}

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** Clicks a button that downloads a file; saves it under `dir` by the name the page gave it. */
async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const to = join(dir, file.suggestedFilename());
  await file.saveAs(to);
  return to;
}

/** The engine in Node on the same file and configuration: the figures the pane must show. */
async function engineFigures(file: string, config: SegmentationConfig) {
  const loaded = await XlsxBook.open(await readFile(file), { fileName: file });
  if (!loaded.ok) throw new Error(describeRunError(loaded.error));
  const port = createXlsxPort(loaded.value);
  const analysed = await readAndSegment(port, { config, today: AS_OF });
  if (!analysed.ok) throw new Error(describeRunError(analysed.error));
  return analysed.value.segmentation;
}

interface Flow {
  readonly language: Language;
  readonly locale: string;
  readonly ledger: string;
  readonly preset: string;
  /** The rule to open and what to do in it. */
  readonly rule: RegExp;
  readonly edit: (page: Page) => Promise<void>;
  /** A segment name the edit produces (checked on the generated ledgers, whose content is known). */
  readonly expectSegment?: string;
}

async function runFlow(browser: Browser, flow: Flow): Promise<void> {
  const ui = UI[flow.language];
  const shot = (name: string) => screenshot(page, `${flow.language}-${name}`);
  const { context, page, errors } = await openPane(browser, flow.locale);
  try {
    await page.getByLabel(ui.open).waitFor({ timeout: 30000 });
    await shot("01-start");

    await page.getByLabel(ui.open).setInputFiles(flow.ledger);
    await page.getByRole("table", { name: ui.segmentsTable }).waitFor({ timeout: 30000 });
    await shot("02-opened");

    await chooseOption(page, ui.preset, flow.preset);
    await page.getByLabel(ui.asOf).fill(AS_OF);
    await page.getByRole("button", { name: flow.rule }).click();
    await flow.edit(page);
    await shot("03-rule-edited");

    // The configuration exactly as the pane holds it, through its own JSON export.
    const exported = await download(page, ui.exportJson, mkdtempSync(join(work, `${flow.language}-`)));
    expect(exported).toMatch(/\.segmentation\.json$/);
    const config = parseConfigText(await readFile(exported, "utf8"), exported);
    if (!config.ok) throw new Error(describeIssue(config.error));
    expect(config.value.asOf).toBe(AS_OF);

    const engine = await engineFigures(flow.ledger, config.value);
    const expected = engine.summary.segments.map((s) => [s.segment, s.count, s.balance] as const);
    if (flow.expectSegment) expect(expected.map(([name]) => name)).toContain(flow.expectSegment);
    const rows = await poll(
      () => previewRows(page, ui.segmentsTable),
      (r) => r.length === expected.length + 1 && r.slice(0, -1).every((cells, i) => cells[0] === expected[i][0]),
      "the preview to show the engine's segments",
    );
    rows.slice(0, -1).forEach((cells, i) => {
      expect(cells[0]).toBe(expected[i][0]);
      expect(ui.amount(cells[2])).toBe(expected[i][1]);
      expect(ui.amount(cells[3])).toBeCloseTo(expected[i][2], 2);
    });
    await page.getByRole("table", { name: ui.segmentsTable }).scrollIntoViewIfNeeded();
    await shot("04-preview");

    await page.getByRole("button", { name: ui.apply }).click();
    await page.getByText(ui.applied).waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: ui.download }).scrollIntoViewIfNeeded();
    await shot("05-applied");

    const base = flow.ledger
      .split(/[\\/]/)
      .pop()!
      .replace(/\.xlsx$/, "");
    const result = await download(page, ui.download, mkdtempSync(join(work, `${flow.language}-`)));
    expect(result.split(/[\\/]/).pop()).toBe(`${base}-segmented.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result);
    // The run writes in its language (a Spanish-headed ledger: Spanish), as the engine does in Node.
    const texts = textsFor(engine.language);
    const summaryName = texts.summary.sheetName;
    const summary = workbook.getWorksheet(summaryName);
    expect(summary).toBeDefined();
    expect(summary!.actualRowCount).toBeGreaterThan(1);
    const data = workbook.worksheets.find((ws) => ws.name !== summaryName && ws.state === "visible")!;
    const headerRow = engine.header.row + 1;
    const headers = (data.getRow(headerRow).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    const first = headers.indexOf(texts.outputHeaders[0]);
    expect(headers.slice(first, first + OUTPUT_HEADERS.length)).toEqual([...texts.outputHeaders]);
    expect(first).toBe(engine.header.dataWidth);
    const counts = new Map<string, number>();
    data.eachRow((row, n) => {
      if (n <= headerRow) return;
      const value = row.getCell(first + 1).value;
      if (typeof value === "string" && value !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
    });
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(engine.summary.segments.map((s) => [s.segment, s.count])));

    // Accessibility, with a rule's editor open so its controls are scanned too.
    const violations = await seriousAxeViolations(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe("the task pane outside Office", () => {
  let browser: Browser;
  afterEach(async () => {
    await browser?.close();
  });

  it("segments an English ledger and downloads the result", async () => {
    browser = await launchChromium();
    // The CLI's sample ledger when it exists (its content is not known here), else a generated one.
    const sample = existsSync(SAMPLE);
    const ledger = sample ? SAMPLE : await writeLedger(join(work, "ledger.xlsx"), "en");
    await runFlow(browser, {
      language: "en",
      locale: "en-US",
      ledger,
      preset: "Aging buckets",
      rule: /^Rule 3: 90\+/,
      expectSegment: sample ? undefined : "Over 90, with balance",
      edit: async (page) => {
        const expression = page.getByRole("textbox", { name: UI.en.expression });
        await expression.fill("DaysPastDue > 90 and Balance >");
        await page.getByText(/expected a value after ">" \(character 31\)/).waitFor();
        await screenshot(page, "en-03a-bad-expression");
        await expression.fill("DaysPastDue > 90 and Balance > 0");
        await page.getByRole("textbox", { name: UI.en.segment }).first().fill("Over 90, with balance");
      },
    });
  });

  it("works in Spanish on a Spanish-headed ledger", async () => {
    browser = await launchChromium(["--lang=es"]);
    await runFlow(browser, {
      language: "es",
      locale: "es-ES",
      ledger: await writeLedger(join(work, "cartera.xlsx"), "es"),
      preset: "Calificación de comportamiento de pago",
      rule: /^Regla 2: D/,
      expectSegment: "D: riesgo alto",
      edit: async (page) => {
        await page.getByRole("textbox", { name: UI.es.segment }).first().fill("D: riesgo alto");
      },
    });
  });

  it("follows a dark colour scheme", async () => {
    browser = await launchChromium();
    const { context, page } = await openPane(browser, "en-US", "dark");
    try {
      await page.getByLabel(UI.en.open).setInputFiles(existsSync(SAMPLE) ? SAMPLE : await writeLedger(join(work, "dark.xlsx"), "en"));
      await page.getByRole("table", { name: UI.en.segmentsTable }).waitFor({ timeout: 30000 });
      const background = await page.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(200);
      await screenshot(page, "dark-01-opened");
      await page.getByRole("table", { name: UI.en.segmentsTable }).scrollIntoViewIfNeeded();
      await screenshot(page, "dark-02-preview");
    } finally {
      await context.close();
    }
  });
});
