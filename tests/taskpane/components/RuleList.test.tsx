/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describeExpressionError, parseExpression } from "../../../src/engine/expression";
import { renderPane } from "../support/renderPane";

async function openRule(user: ReturnType<typeof userEvent.setup>, title: RegExp): Promise<HTMLElement> {
  const header = await screen.findByRole("button", { name: title });
  await user.click(header);
  return header;
}

describe("the rule editor", () => {
  it("flags a bad expression at its rule, with the character position", async () => {
    const user = userEvent.setup();
    renderPane();
    await openRule(user, /^Rule 5: Final notice/);
    const expression = screen.getByRole("textbox", { name: "Expression" });
    fireEvent.change(expression, { target: { value: "DaysPastDue > 90 and" } });
    const parsed = parseExpression("DaysPastDue > 90 and");
    if (parsed.ok) throw new Error("the expression should not parse");
    expect(parsed.error.position).toBe(20);
    expect(await screen.findByText(`${describeExpressionError(parsed.error)} (character 21)`)).toBeInTheDocument();
    const header = screen.getByRole("button", { name: /^Rule 5:/ });
    expect(within(header).getByText("1 problem in this rule")).toBeInTheDocument();
    expect(screen.getByText(/1 problem to fix/)).toBeInTheDocument();
    // The preview waits for a valid configuration, and Apply is off.
    expect(screen.getByRole("button", { name: "Apply segmentation" })).toBeDisabled();

    fireEvent.change(expression, { target: { value: "DaysPastDue > 90" } });
    await waitFor(() => expect(within(screen.getByRole("button", { name: /^Rule 5:/ })).queryByText(/problem/)).toBeNull());
    expect(screen.getByRole("button", { name: "Apply segmentation" })).toBeEnabled();
  });

  it("marks a condition row whose value is missing", async () => {
    const user = userEvent.setup();
    renderPane();
    await openRule(user, /^Rule 5: Final notice/);
    await user.click(screen.getByRole("radio", { name: "Condition rows" }));
    const value = screen.getByRole("textbox", { name: "Value, Condition 1" });
    expect(value).toHaveValue("90");
    await user.clear(value);
    expect(await screen.findByText(/needs/i, { selector: "p" })).toBeInTheDocument();
    expect(within(screen.getByRole("button", { name: /^Rule 5:/ })).getByText("1 problem in this rule")).toBeInTheDocument();
    await user.type(value, "120");
    await waitFor(() => expect(screen.getByRole("button", { name: /^Rule 5:/ })).toHaveTextContent("DaysPastDue > 120"));
  });

  it("moves, duplicates and deletes rules", async () => {
    const user = userEvent.setup();
    renderPane();
    await openRule(user, /^Rule 3: Dispute/);
    await user.click(screen.getByRole("button", { name: "Move rule 3 down" }));
    expect(screen.getByRole("button", { name: /^Rule 3:/ })).toHaveTextContent(/Promise to pay/);
    expect(screen.getByRole("button", { name: /^Rule 4:/ })).toHaveTextContent(/Dispute/);
    // The focus follows the rule to its new place.
    expect(screen.getByRole("button", { name: "Move rule 4 down" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Move rule 4 up" }));
    expect(screen.getByRole("button", { name: /^Rule 3:/ })).toHaveTextContent(/Dispute/);

    const before = screen.getAllByRole("button", { name: /^Rule \d+:/ }).length;
    await user.click(screen.getByRole("button", { name: "Duplicate rule 3" }));
    expect(screen.getAllByRole("button", { name: /^Rule \d+:/ })).toHaveLength(before + 1);
    expect(screen.getByRole("button", { name: /^Rule 4:/ })).toHaveTextContent(/Dispute/);

    await user.click(screen.getByRole("button", { name: "Delete rule 4" }));
    expect(screen.getAllByRole("button", { name: /^Rule \d+:/ })).toHaveLength(before);
    expect(screen.getByRole("button", { name: /^Rule 4:/ })).toHaveTextContent(/Promise to pay/);
  });
});
