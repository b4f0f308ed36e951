import { Button, Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { bucketLabels } from "../../engine/derive/buckets";
import { edgesAreValid } from "../hooks/useConfigDraft";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./styles";

export interface EdgesEditorProps {
  readonly edges: readonly number[];
  /** validateConfig's messages by edge index (-1: the list as a whole). */
  readonly problems: ReadonlyMap<number, string[]>;
  readonly onChange: (edges: number[]) => void;
}

const WHOLE = /^\d+$/;

/** The aging bucket edges as an editable list of whole numbers of days. */
export function EdgesEditor({ edges, problems, onChange }: EdgesEditorProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const [texts, setTexts] = useState<string[]>(() => edges.map(String));

  // A new preset or an imported file brings other edges: show them, unless they are what is typed.
  useEffect(() => {
    setTexts((current) =>
      current.length === edges.length && current.every((t, i) => WHOLE.test(t.trim()) && Number(t) === edges[i])
        ? current
        : edges.map(String),
    );
  }, [edges]);

  const commit = (next: string[]): void => {
    setTexts(next);
    if (next.every((t) => WHOLE.test(t.trim()))) onChange(next.map(Number));
  };
  const listProblems = problems.get(-1);

  return (
    <fieldset className={styles.stack} style={{ border: "none", padding: 0, margin: 0 }}>
      <legend className={styles.subheading}>{m.edges}</legend>
      <div className={styles.row}>
        {texts.map((text, i) => {
          const local = WHOLE.test(text.trim()) ? undefined : m.edge(i + 1);
          const message = problems.get(i)?.join(" ") ?? (local ? `${m.edge(i + 1)}: 0, 1, 2…` : undefined);
          return (
            <div key={i} className={styles.row} style={{ alignItems: "flex-end" }}>
              <Field
                label={m.edge(i + 1)}
                validationState={message ? "error" : undefined}
                validationMessage={message}
                style={{ width: "6.5em" }}
              >
                <Input
                  type="number"
                  min={0}
                  step={1}
                  value={text}
                  style={{ minWidth: 0, width: "100%" }}
                  onChange={(_, d) => commit(texts.map((t, k) => (k === i ? d.value : t)))}
                />
              </Field>
              <Button
                size="small"
                style={{ marginBottom: "4px" }}
                aria-label={m.removeEdge(i + 1)}
                disabled={texts.length <= 1}
                onClick={() => commit(texts.filter((_, k) => k !== i))}
              >
                ×
              </Button>
            </div>
          );
        })}
        <Button
          size="small"
          onClick={() => {
            const last = Number(texts[texts.length - 1]);
            commit([...texts, String(Number.isFinite(last) ? last + 30 : 0)]);
          }}
          disabled={texts.length >= 12}
        >
          {m.addEdge}
        </Button>
      </div>
      {listProblems && <p className={styles.error}>{listProblems.join(" ")}</p>}
      {edgesAreValid(edges) && <p className={styles.muted}>{m.edgesHint(bucketLabels(edges).join(", "))}</p>}
    </fieldset>
  );
}
