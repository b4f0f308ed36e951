import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Field as FieldName } from "../../engine/fields";
import type { ColumnMapping, MappingRow } from "../hooks/useColumnMapping";
import { useI18n } from "../i18n";
import { usePaneStyles } from "./styles";

export interface MappingListProps {
  readonly mapping: ColumnMapping;
  /** "" = not in this sheet. */
  readonly onChange: (field: FieldName, header: string) => void;
}

/** Fields that carry the "required" mark (their alternative only gets a hint). */
const PRIMARY = new Set<FieldName>(["balance", "dueDate", "invoiceDate", "customer"]);

/** Every canonical field with a dropdown of the sheet's headers; detected columns preselected. */
export function MappingList({ mapping, onChange }: MappingListProps) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  const mapped = new Set(mapping.rows.filter((r) => r.header !== undefined).map((r) => r.field));

  const hintOf = (row: MappingRow): string => {
    if (row.header === undefined) return m.unmapped[row.field];
    return row.chosen ? m.chosen : m.detected;
  };
  const needText = (row: MappingRow): string | undefined => {
    if (row.need.kind === "required") return m.required;
    if (row.need.kind === "oneOf") return m.requiredOneOf(m.fieldLabels[row.need.other]);
    return undefined;
  };
  const missing = (row: MappingRow): boolean =>
    row.header === undefined &&
    (row.need.kind === "required" || (row.need.kind === "oneOf" && !mapped.has(row.need.other) && PRIMARY.has(row.field)));

  return (
    <div className={styles.stack} role="group" aria-labelledby="mapping-title">
      <h3 id="mapping-title" className={styles.subheading}>
        {m.mappingHeading}
      </h3>
      <p className={styles.muted}>{m.mappingIntro}</p>
      {mapping.rows.map((row) => {
        const need = needText(row);
        const selected = row.header ?? "";
        return (
          <Field
            key={row.field}
            orientation="horizontal"
            label={need ? `${m.fieldLabels[row.field]} (${need})` : m.fieldLabels[row.field]}
            required={row.need.kind === "required" || (row.need.kind === "oneOf" && PRIMARY.has(row.field))}
            hint={missing(row) ? undefined : hintOf(row)}
            validationState={missing(row) ? "error" : undefined}
            validationMessage={missing(row) ? m.unmapped[row.field] : undefined}
          >
            <Dropdown
              value={row.header ?? m.notInSheet}
              selectedOptions={[selected]}
              onOptionSelect={(_, data) => {
                if (data.optionValue !== undefined && data.optionValue !== selected) onChange(row.field, data.optionValue);
              }}
            >
              <Option value="">{m.notInSheet}</Option>
              {mapping.headers.map((h) => (
                <Option key={h} value={h}>
                  {h}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
