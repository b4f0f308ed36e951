import type { ReadingTexts } from "./readingTypes";

export const readingPt: ReadingTexts = {
  fields: {
    customer: "Cliente",
    invoice: "Fatura",
    balance: "Saldo em aberto",
    amount: "Valor da fatura",
    invoiceDate: "Data de emissão",
    dueDate: "Data de vencimento",
    paidDate: "Data de pagamento",
    daysPastDue: "Dias em atraso",
    creditLimit: "Limite de crédito",
    creditScore: "Pontuação de crédito",
    riskClass: "Classe de risco",
    disputed: "Em disputa",
    promiseDate: "Data da promessa de pagamento",
    brokenPromises: "Promessas não cumpridas",
    phone: "Telefone",
    email: "E-mail",
    industry: "Setor / segmento",
    currency: "Moeda",
    customerSince: "Cliente desde",
    status: "Situação",
    documentType: "Tipo de documento",
  },
  column: (header, letter) => `"${header}" (${letter})`,
  noHeader: (letter) => `a coluna ${letter} (sem cabeçalho)`,
  ledger: "uma carteira detalhada",
  agingSummary: "um resumo de vencimentos (uma linha por cliente, faixas em colunas)",
  asGiven: "informada",
  fromTitle: (cell, text) => `tirada do título em ${cell}: "${text}"`,
  today: "hoje, pois nada mais indicava uma data",
  headline: (sheet, headerRow, layout, asOf) =>
    asOf
      ? `Planilha "${sheet}": cabeçalho na linha ${headerRow}, lida como ${layout}; data-base ${asOf.date} (${asOf.why}).`
      : `Planilha "${sheet}": cabeçalho na linha ${headerRow}, lida como ${layout}.`,
  mapped: " (associada)",
  amountAsBalance: " (sem coluna de saldo: o valor da fatura)",
  agingBucket: "Faixa de atraso",
  bucketFrom: (column, lowerEdge) => `${column}, a partir de ${lowerEdge} dias em atraso`,
  left: (column, field, used, rule) => `Descartada: ${column} poderia ser ${field}; usa-se ${used}: ${rule}.`,
  rules: {
    betterName: "o cabeçalho nomeia o campo com mais exatidão",
    original: "a original, não uma cópia numerada",
    localCurrency: "o valor em moeda local",
    accountNumber: "o número da conta em vez do nome",
    documentDate: "a data do documento em vez da data de lançamento",
    leftmost: "a mais à esquerda entre colunas iguais",
  },
  notRead: (text) => `Não lida: ${text}`,
  forecast: (column, field) => `${column} nomeia uma previsão, portanto não é ${field}.`,
  contradicts: (column, field, found, cell, text) => {
    const holds = { dates: "datas", words: "palavras", yesNo: "valores sim/não", numbers: "números que não correspondem" }[found];
    return `${column} contém ${holds} (p. ex. ${cell}: "${text}"), portanto não é ${field}.`;
  },
  dateOrder: (order, how) => {
    const name = { DMY: "com o dia primeiro (31/03/2026)", MDY: "com o mês primeiro (03/31/2026)", YMD: "com o ano primeiro (2026-03-31)" }[
      order
    ];
    const why = {
      given: "conforme a configuração",
      detected: "uma data como 31/03 confirma",
      assumed: "nenhuma data confirma; o idioma dos cabeçalhos indica",
    }[how];
    return `As datas em texto são lidas ${name}: ${why}.`;
  },
  headingRows: (count) => `${count} linhas de título de seção, rodapé ou nota não são itens.`,
  carriedCustomers: (count) => `${count} linhas tomam o cliente do título de seção acima delas.`,
  note: (text) => `Observação: ${text}`,
  asOfFarAfterData: (today, latest) =>
    `a data-base é hoje (${today}), mas a data mais recente da carteira é ${latest}: tudo pode parecer vencido. Informe a data do relatório (--as-of ${latest}, ou "asOf" na configuração).`,
  unknownStatus: (column, values) =>
    `${column} contém situações que não dizem nada conhecido, lidas como vazias: ${values.map((v) => `"${v.text}" (${v.rows})`).join(", ")}.`,
};
