/** The configuration: its schema and types, validation with line-and-field messages, and migration of older versions. */
export * from "./schema";
export { validateConfig, formatConfigPath } from "./validate";
export { parseConfigText } from "./configText";
export { migrateConfig, configVersionOf } from "./migrate";
export type { ConfigV1 } from "./migrate";
export { describeConfigMessage, describeConfigProblem, describeConfigPlace } from "./describe";
export type { ConfigMessage, ConfigParams, ConfigCode } from "./problems";
