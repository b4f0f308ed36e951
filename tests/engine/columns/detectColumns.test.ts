import type { CellValue } from "../../../src/engine/cell";
import type { Field } from "../../../src/engine/fields";
import { detectColumns } from "../../../src/engine/columns/detectColumns";

const fieldOf = (header: string): Field | undefined => {
  const { columns } = detectColumns([header], {});
  return (Object.keys(columns) as Field[]).find((f) => f !== "balance" || columns.amount === undefined);
};

describe("detectColumns", () => {
  it("does not take a cell hundreds of characters long for a header (a note of megabytes is never compared)", () => {
    expect(detectColumns([`Balance ${"due ".repeat(100)}`, "Due Date"], {}).columns).toEqual({ dueDate: 1 });
  });

  it("maps a typical English aging export", () => {
    const d = detectColumns(
      ["Customer", "Invoice #", "Invoice Date", "Due Date", "Amount", "Open Balance", "Days Past Due", "Currency"],
      {},
    );
    expect(d.columns).toEqual({
      customer: 0,
      invoice: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      balance: 5,
      daysPastDue: 6,
      currency: 7,
    });
    expect(d.kept).toEqual([]);
    expect(d.unmatchedMappings).toEqual([]);
  });

  it("maps Spanish headers with accents and odd case", () => {
    const d = detectColumns(
      [
        "RAZÓN SOCIAL",
        "Nº Factura",
        "Fecha de Emisión",
        "FECHA DE VENCIMIENTO",
        "Saldo Pendiente",
        "días de atraso",
        "Límite de Crédito",
        "Teléfono",
        "Correo Electrónico",
        "Rubro",
        "Moneda",
        "En disputa",
      ],
      {},
    );
    expect(d.columns).toEqual({
      customer: 0,
      invoice: 1,
      invoiceDate: 2,
      dueDate: 3,
      balance: 4,
      daysPastDue: 5,
      creditLimit: 6,
      phone: 7,
      email: 8,
      industry: 9,
      currency: 10,
      disputed: 11,
    });
  });

  it("maps Portuguese headers", () => {
    const d = detectColumns(
      [
        "Cliente",
        "Nota Fiscal",
        "Data de Emissão",
        "Data de Vencimento",
        "Valor Original",
        "Valor em Aberto",
        "Dias em Atraso",
        "Data de Pagamento",
        "Moeda",
        "Segmento",
        "Pontuação",
        "Classe de Risco",
      ],
      {},
    );
    expect(d.columns).toEqual({
      customer: 0,
      invoice: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      balance: 5,
      daysPastDue: 6,
      paidDate: 7,
      currency: 8,
      industry: 9,
      creditScore: 10,
      riskClass: 11,
    });
  });

  it.each([
    [
      "QuickBooks",
      ["Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Amount", "Open Balance"],
      // "Past Due" is QuickBooks' days past due (read only when there is no due date).
      { invoiceDate: 0, documentType: 1, invoice: 2, customer: 3, dueDate: 4, daysPastDue: 5, amount: 6, balance: 7 },
    ],
    [
      "Xero",
      ["Contact", "Invoice Date", "Invoice Number", "Reference", "Due Date", "Total"],
      { customer: 0, invoiceDate: 1, invoice: 2, dueDate: 4, amount: 5, balance: 5 },
    ],
    [
      "SAP FBL5N",
      [
        "Account",
        "Document Number",
        "Document Date",
        "Net due date",
        "Amount in local currency",
        "Arrears after net due date",
        "Local Currency",
        "Clearing Date",
        "Reference",
        "Document Type",
      ],
      {
        customer: 0,
        invoice: 1,
        invoiceDate: 2,
        dueDate: 3,
        amount: 4,
        balance: 4,
        daysPastDue: 5,
        currency: 6,
        paidDate: 7,
        documentType: 9,
      },
    ],
    [
      "Oracle",
      [
        "Customer Name",
        "Customer Number",
        "Transaction Number",
        "Transaction Date",
        "Due Date",
        "Days Late",
        "Original Amount",
        "Amount Remaining",
        "Currency",
      ],
      // The customer's number, not its name: names are written more than one way (the rule "accountNumber").
      { customer: 1, invoice: 2, invoiceDate: 3, dueDate: 4, daysPastDue: 5, amount: 6, balance: 7, currency: 8 },
    ],
  ])("maps a %s export", (_erp, headers, expected) => {
    expect(detectColumns(headers, {}).columns).toEqual(expected);
  });

  it("returns each header's text and the unmapped columns", () => {
    const d = detectColumns([" Customer ", 2026, null, "Notes", "Balance"], {});
    expect(d.headers).toEqual(["Customer", "2026", "", "Notes", "Balance"]);
    expect(d.kept).toEqual([1, 2, 3]);
  });

  it.each([
    ["Invoice Date", "invoiceDate"],
    ["Amount Due", "balance"],
    ["Due Amount", "balance"],
    ["Balance Due", "balance"],
    ["Days Past Due", "daysPastDue"],
    ["Days Past Due (as of 31/10/2026)", "daysPastDue"],
    ["Customer Since", "customerSince"],
    ["Customer Name (Bill-to)", "customer"],
    ["Customer Currency", "currency"],
    ["Invoice Currency", "currency"],
    ["Importe moneda local", "amount"],
    ["Balance (Local Currency)", "balance"],
    ["Invoice Amount", "amount"],
    ["Credit Limit", "creditLimit"],
    ["Customer Credit Limit", "creditLimit"],
    ["Promise to Pay Date", "promiseDate"],
    ["Fecha promesa de pago", "promiseDate"],
    ["Fecha de pago", "paidDate"],
    ["Payment Due Date", "dueDate"],
    ["Email Cliente", "email"],
    ["Saldo (moeda local)", "balance"],
    ["Amount in local currency", "amount"],
    ["Date", "invoiceDate"],
    ["Num", "invoice"],
    ["Open", "status"],
    ["Past Due", "daysPastDue"],
    ["Document Type", "documentType"],
    ["isOpen", "status"],
    ["Risk Score", "riskClass"],
    ["Credit Score", "creditScore"],
  ])("maps %p to %p", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it.each([
    ["Last Payment Date"],
    ["Amount Paid"],
    ["Disputed Amount"],
    ["Past Due Amount"],
    ["Date Created Number Total"],
    ["Account Manager"],
    ["Notes"],
    [""],
  ])("leaves %p unmapped", (header) => {
    expect(detectColumns([header], {}).columns).toEqual({});
  });

  it("uses a lone Amount column as the balance too", () => {
    const d = detectColumns(["Customer", "Due Date", "Amount"], {});
    expect(d.columns).toEqual({ customer: 0, dueDate: 1, amount: 2, balance: 2 });
    expect(d.kept).toEqual([]);
  });

  it("does not borrow the amount column when a balance column exists", () => {
    expect(detectColumns(["Importe", "Saldo"], {}).columns).toEqual({ amount: 0, balance: 1 });
  });

  it("maps each field once, to the best-named column, ties to the leftmost", () => {
    const d = detectColumns(["Customer Name (Bill-to)", "Customer", "Due Date", "Net Due Date"], {});
    expect(d.columns).toEqual({ customer: 1, dueDate: 2 });
    expect(d.kept).toEqual([0, 3]);
  });

  it("gives a column whose best field is taken its next-best field", () => {
    // "Invoice currency": invoice is taken by "Invoice", so the column is the currency.
    const d = detectColumns(["Invoice", "Invoice Currency"], {});
    expect(d.columns).toEqual({ invoice: 0, currency: 1 });
  });

  it("lets an explicit mapping override detection and take the column from other fields", () => {
    const d = detectColumns(["Customer", "Due Date", "Vencimento Real", "Balance"], {
      dueDate: "vencimento real",
      industry: "CUSTOMER",
    });
    expect(d.columns.dueDate).toBe(2);
    expect(d.columns.industry).toBe(0);
    expect(d.columns.customer).toBeUndefined();
    expect(d.kept).toEqual([1]);
  });

  it("reports explicit mappings whose header is missing and leaves the field unmapped", () => {
    const d = detectColumns(["Customer", "Balance", "Amount"], { balance: "Saldo Final" });
    expect(d.unmatchedMappings).toEqual([{ field: "balance", header: "Saldo Final" }]);
    expect(d.columns.balance).toBeUndefined();
    expect(d.columns.amount).toBe(2);
  });

  it("treats an explicit empty mapping as 'no such column'", () => {
    const d = detectColumns(["Customer", "Amount", "Phone"], { phone: "" });
    expect(d.columns).toEqual({ customer: 0, amount: 1, balance: 1 });
    expect(d.unmatchedMappings).toEqual([]);
  });

  it("ignores non-text header cells", () => {
    const row: CellValue[] = [46112, true, new Date(Date.UTC(2026, 0, 1)), undefined];
    expect(detectColumns(row, {}).columns).toEqual({});
  });
});
