import type { ReactNode } from "react";
import { usePaneStyles } from "./styles";

export interface SectionProps {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
}

/** A titled region of the pane (a landmark a screen reader can jump to). */
export function Section({ id, title, intro, children }: SectionProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.heading}>
        {title}
      </h2>
      {intro && <p className={styles.muted}>{intro}</p>}
      {children}
    </section>
  );
}
