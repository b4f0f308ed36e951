import type { Strategy } from "../config/schema";
import { en } from "../messages/en";
import type { RunTexts } from "../messages/types";

/** The treatments the presets give, named for what a collector does. */
export const STRATEGIES = {
  noAction: { channel: "None", action: "No action: nothing is owed", tone: "Neutral", message: "" },
  applyCredit: {
    channel: "None",
    action: "Apply or refund the credit",
    tone: "Neutral",
    message: "Match it to the customer's open invoices, or refund it; don't chase.",
  },
  proactive: {
    channel: "E-mail",
    action: "Courtesy reminder before the due date",
    tone: "Courteous",
    message: "Confirm the invoice was received and is scheduled for payment.",
  },
  waitUntilDue: { channel: "None", action: "No contact until the due date", tone: "Neutral", message: "" },
  friendlyReminder: {
    channel: "E-mail",
    action: "Friendly reminder with a copy of the invoice",
    tone: "Friendly",
    message: "Send the statement and a payment link.",
  },
  automate: {
    channel: "E-mail",
    action: "Automated reminder sequence; no call",
    tone: "Friendly",
    message: "Pays without chasing: keep collectors' time for others.",
  },
  firmReminder: {
    channel: "E-mail",
    action: "Firm reminder, then a call if unpaid in 5 days",
    tone: "Firm",
    message: "State the overdue amount and ask for a payment date.",
  },
  call: { channel: "Phone", action: "Call and agree a payment date", tone: "Firm", message: "Log the promise to pay." },
  intensive: {
    channel: "Phone",
    action: "Personal follow-up by a senior collector",
    tone: "Firm",
    message: "Weekly call; offer an instalment plan if needed.",
  },
  finalNotice: {
    channel: "Letter",
    action: "Final notice, and a call the same day",
    tone: "Final notice",
    message: "Give a last date before the account goes to legal or an agency.",
  },
  legal: {
    channel: "Agency",
    action: "Hand over to legal or a collection agency",
    tone: "Legal",
    message: "Stop further credit; prepare the account file.",
  },
  protect: {
    channel: "Phone",
    action: "Account manager call; protect the relationship",
    tone: "Courteous",
    message: "Valuable customer who pays: solve any blocker quickly.",
  },
  strictTerms: {
    channel: "Letter",
    action: "Strict terms: cash in advance or agency",
    tone: "Firm",
    message: "Small balance, high risk: do not spend calls.",
  },
  dispute: {
    channel: "E-mail",
    action: "Resolve the dispute with billing or sales before chasing",
    tone: "Neutral",
    message: "Chase only the undisputed part.",
  },
  promise: {
    channel: "None",
    action: "Wait for the promised date; check the payment the day after",
    tone: "Neutral",
    message: "",
  },
  brokenPromise: {
    channel: "Phone",
    action: "Call about the broken promise; get a new, firm date",
    tone: "Firm",
    message: "Escalate after a second broken promise.",
  },
  findContact: {
    channel: "Letter",
    action: "Find a working contact: letter, then a visit",
    tone: "Firm",
    message: "Update the phone and e-mail on file.",
  },
  welcome: {
    channel: "Phone",
    action: "Welcome call: confirm billing contact and terms",
    tone: "Friendly",
    message: "New customers set their habits in the first months.",
  },
} as const satisfies Record<string, Strategy>;

/**
 * The Strategy column's text: channel · tone · action, then the message, with
 * the channel and tone in the words of the run's language (the action and the
 * message are the configuration's own words).
 *
 * @example
 * strategyText(STRATEGIES.call) //=> "Phone · Firm · Call and agree a payment date. Log the promise to pay."
 * strategyText(STRATEGIES.call, es) //=> "Teléfono · Firme · Call and agree a payment date. Log the promise to pay."
 */
export function strategyText(strategy: Strategy, texts: RunTexts = en): string {
  const head = `${texts.channels[strategy.channel]} · ${texts.tones[strategy.tone]} · ${strategy.action}`;
  return strategy.message ? `${head}. ${strategy.message}` : head;
}
