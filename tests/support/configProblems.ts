import { describeConfigMessage } from "../../src/engine/config";
import type { ConfigProblem } from "../../src/engine/issues";

/** A configuration problem as its place and its English message (the texts the configuration tests check). */
export interface Said {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export const said = ({ code, params, ...place }: ConfigProblem): Said => ({
  ...place,
  message: describeConfigMessage({ code, params } as ConfigProblem),
});
