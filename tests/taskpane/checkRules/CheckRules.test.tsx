/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "fs";
import * as path from "path";
import CheckRules from "../../../src/taskpane/checkRules";
import { I18nContext, i18nFor } from "../../../src/taskpane/i18n";
import { createInThreadRunner } from "../../../src/taskpane/preview/inThreadRunner";
import { ok } from "../../../src/engine/result";
import type { PlanSheetWrite } from "../../../src/workbook/port";
import { preset } from "../../support/engineFixtures";

const FIXTURE = path.join(__dirname, "../../fixtures/exports/late-payment-camelcase.csv");
const rows = readFileSync(FIXTURE, "utf8")
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(","));

function renderCheck(locale = "en-US", onWriteSheet?: (write: PlanSheetWrite) => Promise<ReturnType<typeof ok<{ sheet: string }>>>) {
  const runner = createInThreadRunner();
  runner.load({ values: rows, sheet: "Ledger", date1904: false, origin: { top: 0, left: 0 } });
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18nFor(locale)}>
        <CheckRules
          runner={runner}
          hasData
          config={preset("aging")}
          today="2030-01-01"
          displayLanguage={locale}
          onWriteSheet={onWriteSheet}
        />
      </I18nContext.Provider>
    </FluentProvider>,
  );
}

describe("Check the rules", () => {
  it("checks at once on the last month-ends the ledger covers: the AUC in words, each segment's outcome, the lift chart", async () => {
    renderCheck();
    expect(screen.getByRole("heading", { name: "Check the rules" })).toBeInTheDocument();
    const dates = screen.getByRole("textbox", { name: /Snapshot dates/ });
    await waitFor(() => expect(dates).toHaveValue("2013-01-31, 2013-02-28, 2013-03-31, 2013-04-30, 2013-05-31"));
    expect(screen.getByText(/^The priority puts the accounts that needed a collector first \d+ times in 10/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "What happened next, by segment" });
    const header = within(table)
      .getAllByRole("columnheader")
      .map((c) => c.textContent);
    expect(header).toEqual(["Segment", "Open invoices", "Open balance", "Paid within 30 days", "Needed a collector"]);
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
    expect(screen.getByRole("img", { name: /working the open balance in priority order/ })).toBeInTheDocument();
  });

  it("compares with another preset on the same dates and shows who moves", async () => {
    const user = userEvent.setup();
    renderCheck();
    await screen.findByRole("table", { name: "What happened next, by segment" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Compare with…" }), 'The "collections" preset');
    await user.click(screen.getByRole("button", { name: "Check the rules" }));
    const moves = await screen.findByRole("table", { name: "Who moves" });
    expect(within(moves).getAllByRole("row").length).toBeGreaterThan(1);
    expect(screen.getByText(/become more urgent, .* less urgent\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^The "collections" preset: The priority puts/)).toBeInTheDocument();
  });

  it("names a date it cannot read and does not check", async () => {
    const user = userEvent.setup();
    renderCheck();
    const dates = screen.getByRole("textbox", { name: /Snapshot dates/ });
    await waitFor(() => expect(dates).not.toHaveValue(""));
    await user.clear(dates);
    await user.type(dates, "2013-02-30");
    await user.click(screen.getByRole("button", { name: "Check the rules" }));
    expect(await screen.findByText('"2013-02-30" is not a date: write it as YYYY-MM-DD.')).toBeInTheDocument();
  });

  it("writes the Backtest sheet through the face and says where", async () => {
    const user = userEvent.setup();
    const writes: PlanSheetWrite[] = [];
    renderCheck("en-US", async (write) => {
      writes.push(write);
      return ok({ sheet: "Backtest" });
    });
    await screen.findByRole("table", { name: "What happened next, by segment" });
    await user.click(screen.getByRole("button", { name: "Write a Backtest sheet" }));
    expect(await screen.findByText('Written to the sheet "Backtest".')).toBeInTheDocument();
    expect(writes[0]).toMatchObject({ kind: "backtest", sheetName: "Backtest" });
    expect(writes[0].plan.charts).toHaveLength(1);
  });

  it.each([
    ["es-ES", "Comprobar las reglas", "Lo que pasó después, por segmento"],
    ["pt-BR", "Verificar as regras", "O que aconteceu depois, por segmento"],
  ])("speaks %s", async (locale, heading, table) => {
    renderCheck(locale);
    expect(screen.getByRole("heading", { name: heading })).toBeInTheDocument();
    expect(await screen.findByRole("table", { name: table })).toBeInTheDocument();
  });
});
