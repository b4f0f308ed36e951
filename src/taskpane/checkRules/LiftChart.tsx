import { tokens } from "@fluentui/react-components";

/** One line of the chart: the share of the needed balance found at each tenth of the open balance worked. */
export interface LiftLine {
  readonly name: string;
  readonly points: readonly (number | null)[];
  readonly dashed?: boolean;
}

const WIDTH = 280;
const HEIGHT = 170;
const PAD = { left: 34, right: 8, top: 8, bottom: 22 };
const COLOURS = [tokens.colorBrandForeground1, tokens.colorPaletteDarkOrangeForeground1, tokens.colorNeutralForeground3];

/**
 * The lift chart as an SVG: across, the share of the open balance worked in
 * priority order (10% … 100%); up, the share of the needed-a-collector
 * balance found. A dashed diagonal is what a random order finds. Described
 * for a screen reader by its label and a legend in words.
 */
export function LiftChart({ label, lines }: { readonly label: string; readonly lines: readonly LiftLine[] }) {
  const x = (k: number, n: number) => PAD.left + ((k + 1) / n) * (WIDTH - PAD.left - PAD.right);
  const y = (share: number) => PAD.top + (1 - share) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: `${WIDTH * 1.5}px` }}>
        {[0, 0.5, 1].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(g)} y2={y(g)} stroke={tokens.colorNeutralStroke2} strokeWidth={0.5} />
            <text x={PAD.left - 4} y={y(g) + 3} fontSize={9} textAnchor="end" fill={tokens.colorNeutralForeground2}>
              {`${g * 100}%`}
            </text>
          </g>
        ))}
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize={9} textAnchor="end" fill={tokens.colorNeutralForeground2}>
          100%
        </text>
        {lines.map((line, i) => {
          const n = line.points.length;
          const path = line.points
            .map((p, k) => (p === null ? "" : `${x(k, n).toFixed(1)},${y(p).toFixed(1)}`))
            .filter(Boolean)
            .join(" ");
          return (
            <polyline
              key={line.name}
              points={`${PAD.left},${y(0)} ${path}`}
              fill="none"
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={line.dashed ? 1.2 : 2}
              strokeDasharray={line.dashed ? "4 3" : undefined}
            />
          );
        })}
      </svg>
      <figcaption style={{ display: "flex", flexWrap: "wrap", columnGap: "12px", fontSize: tokens.fontSizeBase200 }}>
        {lines.map((line, i) => (
          <span key={line.name}>
            <span aria-hidden="true" style={{ color: COLOURS[i % COLOURS.length] }}>
              {line.dashed ? "┄ " : "━ "}
            </span>
            {line.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
