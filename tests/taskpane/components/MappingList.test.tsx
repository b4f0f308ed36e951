/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CONFIG_SETTING_KEY } from "../../../src/workbook/configStore";
import { renderPane } from "../support/renderPane";

describe("the column mapping list", () => {
  it("preselects the detected column of each field", async () => {
    renderPane();
    expect(await screen.findByRole("combobox", { name: "Customer" })).toHaveTextContent("Customer");
    expect(screen.getByRole("combobox", { name: /^Open balance/ })).toHaveTextContent("Open Balance");
    expect(screen.getByRole("combobox", { name: /^Due date/ })).toHaveTextContent("Due Date");
    expect(screen.getByRole("combobox", { name: /^Disputed/ })).toHaveTextContent("Disputed");
  });

  it("marks the required fields and explains the missing ones", async () => {
    renderPane();
    const balance = await screen.findByRole("combobox", { name: /^Open balance/ });
    expect(balance).toBeRequired();
    expect(screen.getByRole("combobox", { name: /^Due date/ })).toBeRequired();
    expect(screen.getByRole("combobox", { name: /^Phone/ })).not.toBeRequired();
    const paid = screen.getByRole("combobox", { name: /^Paid date/ });
    expect(paid).toHaveTextContent("(not in this sheet)");
    expect(screen.getByText(/the behaviour grade uses the paid date when present/)).toBeInTheDocument();
  });

  it("writes a changed dropdown into the configuration's mapping", async () => {
    const user = userEvent.setup();
    const { port } = renderPane();
    await user.click(await screen.findByRole("combobox", { name: /^Disputed/ }));
    await user.click(screen.getByRole("option", { name: "(not in this sheet)" }));
    await user.click(screen.getByRole("combobox", { name: /^Invoice$/ }));
    await user.click(within(screen.getByRole("listbox")).getByRole("option", { name: "Customer" }));
    expect(screen.getByRole("combobox", { name: /^Disputed/ })).toHaveTextContent("(not in this sheet)");
    await user.click(screen.getByRole("button", { name: "Save in workbook" }));
    await waitFor(() => expect(port.settings.get(CONFIG_SETTING_KEY)).toBeDefined());
    const saved = port.settings.get(CONFIG_SETTING_KEY) as { mapping: Record<string, string> };
    expect(saved.mapping).toEqual({ disputed: "", invoice: "Customer" });
  });
});
