/**
 * The canonical ledger fields a sheet's columns map to. Names are the ones a
 * collections accountant uses; the keys are stable identifiers stored in
 * saved configurations, so never rename one.
 */
export const FIELDS = [
  "customer",
  "invoice",
  "balance",
  "amount",
  "invoiceDate",
  "dueDate",
  "paidDate",
  "daysPastDue",
  "creditLimit",
  "creditScore",
  "riskClass",
  "disputed",
  "promiseDate",
  "brokenPromises",
  "phone",
  "email",
  "industry",
  "currency",
  "customerSince",
  "status",
  "documentType",
] as const;

export type Field = (typeof FIELDS)[number];

/** How a field's cells are read. */
export type FieldType = "text" | "amount" | "date" | "integer" | "flag" | "status";

export interface FieldInfo {
  readonly label: string;
  readonly type: FieldType;
  readonly description: string;
}

export const FIELD_INFO: Readonly<Record<Field, FieldInfo>> = {
  customer: { label: "Customer", type: "text", description: "Customer name or account number" },
  invoice: { label: "Invoice", type: "text", description: "Invoice or document number" },
  balance: { label: "Open balance", type: "amount", description: "Amount still owed on the invoice" },
  amount: { label: "Invoice amount", type: "amount", description: "Original invoice amount" },
  invoiceDate: { label: "Invoice date", type: "date", description: "Date the invoice was issued" },
  dueDate: { label: "Due date", type: "date", description: "Date the invoice falls due" },
  paidDate: { label: "Paid date", type: "date", description: "Date the invoice was settled" },
  daysPastDue: { label: "Days past due", type: "integer", description: "Days overdue, as exported" },
  creditLimit: { label: "Credit limit", type: "amount", description: "Customer credit limit" },
  creditScore: { label: "Credit score", type: "amount", description: "Credit score (higher is safer)" },
  riskClass: { label: "Risk class", type: "text", description: "Risk class such as Low / Medium / High or A-E" },
  disputed: { label: "Disputed", type: "flag", description: "Invoice is in dispute" },
  promiseDate: { label: "Promise-to-pay date", type: "date", description: "Date the customer promised to pay" },
  brokenPromises: { label: "Broken promises", type: "integer", description: "Number of promises to pay not kept" },
  phone: { label: "Phone", type: "text", description: "Contact phone number" },
  email: { label: "E-mail", type: "text", description: "Contact e-mail address" },
  industry: { label: "Industry / segment", type: "text", description: "Industry, sector or customer segment" },
  currency: { label: "Currency", type: "text", description: "Currency code of the amounts" },
  customerSince: { label: "Customer since", type: "date", description: "Date the account was opened" },
  status: { label: "Status", type: "status", description: "Open, paid, disputed or credit, as the export says (or an isOpen 1/0 flag)" },
  documentType: { label: "Document type", type: "status", description: "Invoice, credit note or payment" },
};

/** Mapping of canonical fields to 0-based column indexes within the data region. */
export type ColumnMap = Partial<Record<Field, number>>;

export function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}
