/** Fill colours from "work first" (red) through amber to "no hurry" (green): Excel's Bad / Neutral / Good fills. */
const RED = [0xff, 0xc7, 0xce];
const AMBER = [0xff, 0xeb, 0x9c];
const GREEN = [0xc6, 0xef, 0xce];

/**
 * The ARGB fill of a priority on a scale of `maxPriority`: 1 red, the last green.
 *
 * @example
 * priorityColour(1, 5) //=> "FFFFC7CE"
 */
export function priorityColour(priority: number, maxPriority: number): string {
  const t = maxPriority <= 1 ? 0 : (priority - 1) / (maxPriority - 1);
  const [from, to, u] = t <= 0.5 ? [RED, AMBER, t * 2] : [AMBER, GREEN, (t - 0.5) * 2];
  const mix = from.map((c, k) => Math.round(c + (to[k] - c) * u));
  return `FF${mix.map((c) => c.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}
