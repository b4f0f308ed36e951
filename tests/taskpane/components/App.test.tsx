/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { act, configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CommandMessage, ResultListener } from "../../../src/commands/lastResult";
import { App } from "../../../src/taskpane/components/App";
import { createInThreadRunner } from "../../../src/taskpane/preview/inThreadRunner";
import type { RegionRequest } from "../../../src/workbook/port";
import { memoryPort, SMALL_LEDGER, TODAY } from "../support/memoryPort";

configure({ asyncUtilTimeout: 5000 });

function renderInExcel(locale: string) {
  const port = memoryPort(SMALL_LEDGER);
  const requests: RegionRequest[] = [];
  const read = port.readRegion;
  port.readRegion = (request, progress) => {
    requests.push(request);
    return read(request, progress);
  };
  const readBlocks = port.readRegionBlocks;
  port.readRegionBlocks = (request, open, progress) => {
    requests.push(request);
    return readBlocks(request, open, progress);
  };
  const shown: string[] = [];
  const listeners = new Set<ResultListener>();
  const ribbon = {
    latest: (): CommandMessage | undefined => undefined,
    subscribe: (l: ResultListener) => (listeners.add(l), () => void listeners.delete(l)),
  };
  render(
    <App
      host={{ kind: "excel", port, showSheet: (name) => shown.push(name), ribbon }}
      locale={locale}
      dark={false}
      today={TODAY}
      createRunner={createInThreadRunner}
    />,
  );
  return { port, requests, shown, publish: (m: CommandMessage) => act(() => listeners.forEach((l) => l(m))) };
}

describe("the pane in Excel", () => {
  it("speaks Spanish when Office's language is Spanish", async () => {
    renderInExcel("es-ES");
    expect(await screen.findByRole("heading", { name: "Datos" })).toBeInTheDocument();
    expect(await screen.findByRole("combobox", { name: "Cliente" })).toHaveTextContent("Customer");
    expect(screen.getByRole("button", { name: "Aplicar segmentación" })).toBeInTheDocument();
    expect(await screen.findByRole("table", { name: "Filas y saldo por segmento" })).toBeInTheDocument();
  });

  it("reads the selection, shows ribbon results and opens the summary sheet after a run", async () => {
    const user = userEvent.setup();
    const { requests, shown, publish } = renderInExcel("en-US");
    await user.click(await screen.findByRole("button", { name: "Use selection" }));
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ useSelection: true }));
    expect(await screen.findByText("The current selection")).toBeInTheDocument();

    publish({ kind: "success", text: "Segmented 7 rows from the ribbon." });
    expect(await screen.findByText("Segmented 7 rows from the ribbon.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Apply segmentation" }));
    await user.click(await screen.findByRole("button", { name: "Show the Segment Summary sheet" }));
    // The run reads what the preview read: the selection.
    expect(requests.at(-1)).toMatchObject({ sheet: "Ledger", useSelection: true });
    expect(shown).toEqual(["Segment Summary"]);
  });

  it("shows a matrix preset read-only and copies it as editable rules", async () => {
    const user = userEvent.setup();
    renderInExcel("en-US");
    await user.click(await screen.findByRole("combobox", { name: "Preset" }));
    await user.click(screen.getByRole("option", { name: /^Risk × value/ }));
    expect(await screen.findByText(/uses a matrix model/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Rule 1:/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Copy as editable rules" }));
    expect(await screen.findAllByRole("button", { name: /^Rule \d+:/ })).toHaveLength(9);
    expect(screen.getByRole("button", { name: "Apply segmentation" })).toBeEnabled();
  });
});
