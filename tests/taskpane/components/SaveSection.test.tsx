/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../support/renderPane";

const jsonFile = (name: string, text: string) => new File([text], name, { type: "application/json" });

describe("saving and sharing the configuration", () => {
  it("imports a valid file and replaces the rules", async () => {
    const user = userEvent.setup();
    renderPane();
    await screen.findByRole("button", { name: /^Rule 1:/ });
    const config = {
      version: 2,
      name: "Two segments",
      model: {
        kind: "rules",
        rules: [{ when: "DaysPastDue > 30", segment: "Late", priority: 1, strategy: { channel: "Phone", action: "Call", tone: "Firm" } }],
        otherwise: { segment: "On time", priority: 2, strategy: { channel: "None", action: "Wait", tone: "Neutral" } },
      },
    };
    await user.upload(screen.getByLabelText("Import JSON"), jsonFile("two.json", JSON.stringify(config)));
    expect(await screen.findByText("Loaded the configuration from two.json.")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Rule \d+:/ })).toHaveLength(1);
    expect(screen.getByRole("button", { name: /^Rule 1: Late/ })).toBeInTheDocument();
  });

  it("lists an invalid file's problems by line and changes nothing", async () => {
    const user = userEvent.setup();
    renderPane();
    const before = (await screen.findAllByRole("button", { name: /^Rule \d+:/ })).length;
    const text = '{\n  "version": 2,\n  "model": { "kind": "score", "bands": [] }\n}';
    await user.upload(screen.getByLabelText("Import JSON"), jsonFile("bad.json", text));
    expect(await screen.findByText(/bad\.json was not loaded; nothing changed/)).toBeInTheDocument();
    expect(screen.getByText(/line 3, column \d+: model\.bands: needs at least 1 item/)).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Rule \d+:/ })).toHaveLength(before);
  });

  it("saves the configuration in the workbook, then tells the host so formulas recalculate", async () => {
    const user = userEvent.setup();
    const onConfigSaved = jest.fn();
    const { port } = renderPane({ onConfigSaved });
    await user.click(await screen.findByRole("button", { name: "Save in workbook" }));
    await waitFor(() => expect(port.settings.size).toBe(1));
    expect(screen.getByText(/Saved in the workbook/)).toBeInTheDocument();
    expect(onConfigSaved).toHaveBeenCalledTimes(1);
  });
});
