/** The configuration: its schema and types, validation with line-and-field messages, and migration of older versions. */
export * from "./schema";
export { validateConfig, parseConfigText, formatConfigPath } from "./validate";
export { migrateConfig, configVersionOf } from "./migrate";
export type { ConfigV1 } from "./migrate";
