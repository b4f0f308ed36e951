/** The pane's "Check the rules" section, self-contained: the pane places `<CheckRules … />` in its slot. */
export { default } from "./CheckRules";
export type { CheckRulesProps } from "./CheckRules";
export type { CheckRequest, CheckResult } from "./checkTypes";
