import { makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewSegment } from "../preview/previewTypes";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  chart: {
    display: "grid",
    gridTemplateColumns: "minmax(6em, 35%) 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", margin: 0 },
  track: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, margin: 0, minWidth: 0 },
  bar: { height: "12px", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  value: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
});

/** Open balance by segment as horizontal bars: plain elements styled with tokens (no chart library). */
export function BalanceChart({ segments }: { readonly segments: readonly PreviewSegment[] }) {
  const styles = useStyles();
  const { m, f } = useI18n();
  const max = Math.max(0, ...segments.map((s) => s.balance));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className={styles.label} style={{ fontWeight: 600 }}>
        {m.chartLabel}
      </figcaption>
      <dl className={styles.chart}>
        {segments.map((s) => (
          <div key={s.segment} style={{ display: "contents" }}>
            <dt className={styles.label} title={s.segment}>
              {s.segment}
            </dt>
            <dd className={styles.track}>
              <span className={styles.bar} style={{ width: `${max > 0 ? Math.max(0, (s.balance / max) * 70) : 0}%` }} aria-hidden="true" />
              <span className={styles.value}>{f.amount(s.balance)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
