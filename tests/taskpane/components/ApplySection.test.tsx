/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fail } from "../../../src/engine/result";
import { memoryPort, SMALL_LEDGER } from "../support/memoryPort";
import { renderPane } from "../support/renderPane";

describe("applying the segmentation", () => {
  it("writes the columns and the summary and reports the run", async () => {
    const user = userEvent.setup();
    const { port } = renderPane();
    await user.click(await screen.findByRole("button", { name: "Apply segmentation" }));
    expect(await screen.findByText(/Segmented 7 rows on sheet "Ledger"; the output starts in column F\./)).toBeInTheDocument();
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0].headers).toEqual(["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"]);
    expect(port.summaries).toHaveLength(1);
  });

  it("asks before writing over occupied cells, and writes over them when told to", async () => {
    const user = userEvent.setup();
    const port = memoryPort(SMALL_LEDGER);
    port.occupied = ["F1", "G3"];
    renderPane({ port });
    await user.click(await screen.findByRole("button", { name: "Apply segmentation" }));
    expect(await screen.findByText("Write over these cells?")).toBeInTheDocument();
    expect(screen.getByText(/F1, G3/)).toBeInTheDocument();
    expect(port.writes).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Write over them" }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(await screen.findByText(/Segmented 7 rows/)).toBeInTheDocument();
  });

  it("stops a run cancelled while reading, and writes nothing", async () => {
    const user = userEvent.setup();
    const port = memoryPort(SMALL_LEDGER);
    // The preview's read answers; the run's block-by-block read waits until it is cancelled.
    port.readRegionBlocks = (request, _open, progress) => {
      progress?.({ phase: "reading", done: 2, total: 8 });
      return new Promise((resolve) => request.signal?.addEventListener("abort", () => resolve(fail({ kind: "cancelled" }))));
    };
    renderPane({ port });
    await user.click(await screen.findByRole("button", { name: "Apply segmentation" }));
    expect(await screen.findByText("Reading: 2 of 8")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Apply segmentation" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Cancelled. Nothing was written.")).toBeInTheDocument();
    expect(port.writes).toHaveLength(0);
  });
});
