/** What a language needs to say a configuration's problems. */
import type { ConfigParams } from "../config/problems";
import type { CodeTexts } from "./coded";

export interface ConfigLocale {
  readonly texts: CodeTexts<ConfigParams>;
  /** Where in the configuration: a path such as `model.rules[1].when` ("" for the whole configuration). */
  place(path: string): string;
  /** The line (and column) in the file, before the place: "line 3:5, ". */
  at(line: number, column: number | undefined): string;
}
