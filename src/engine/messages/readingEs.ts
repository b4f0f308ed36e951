import type { ReadingTexts } from "./readingTypes";

export const readingEs: ReadingTexts = {
  fields: {
    customer: "Cliente",
    invoice: "Factura",
    balance: "Saldo pendiente",
    amount: "Importe de la factura",
    invoiceDate: "Fecha de emisión",
    dueDate: "Fecha de vencimiento",
    paidDate: "Fecha de pago",
    daysPastDue: "Días de atraso",
    creditLimit: "Límite de crédito",
    creditScore: "Puntaje de crédito",
    riskClass: "Clase de riesgo",
    disputed: "En disputa",
    promiseDate: "Fecha de promesa de pago",
    brokenPromises: "Promesas incumplidas",
    phone: "Teléfono",
    email: "Correo electrónico",
    industry: "Rubro / segmento",
    currency: "Moneda",
    customerSince: "Cliente desde",
    status: "Estado",
    documentType: "Tipo de documento",
  },
  column: (header, letter) => `«${header}» (${letter})`,
  noHeader: (letter) => `la columna ${letter} (sin encabezado)`,
  ledger: "un detalle de cartera",
  agingSummary: "un resumen de antigüedad (una fila por cliente, tramos en columnas)",
  asGiven: "indicada",
  fromTitle: (cell, text) => `tomada del título en ${cell}: «${text}»`,
  today: "hoy, porque nada más indicaba una fecha",
  headline: (sheet, headerRow, layout, asOf) =>
    asOf
      ? `Hoja «${sheet}»: encabezado en la fila ${headerRow}, leída como ${layout}; fecha de corte ${asOf.date} (${asOf.why}).`
      : `Hoja «${sheet}»: encabezado en la fila ${headerRow}, leída como ${layout}.`,
  mapped: " (asignada)",
  amountAsBalance: " (sin columna de saldo: el importe de la factura)",
  agingBucket: "Tramo de antigüedad",
  bucketFrom: (column, lowerEdge) => `${column}, desde ${lowerEdge} días de atraso`,
  left: (column, field, used, rule) => `Descartada: ${column} podría ser ${field}; se usa ${used}: ${rule}.`,
  rules: {
    betterName: "su encabezado nombra el campo con más exactitud",
    original: "la original, no una copia numerada",
    localCurrency: "el importe en moneda local",
    accountNumber: "el número de cuenta en lugar del nombre",
    documentDate: "la fecha del documento en lugar de la de contabilización",
    leftmost: "la de más a la izquierda entre columnas iguales",
  },
  notRead: (text) => `No leída: ${text}`,
  forecast: (column, field) => `${column} nombra una previsión, así que no es ${field}.`,
  contradicts: (column, field, found, cell, text) => {
    const holds = { dates: "fechas", words: "palabras", yesNo: "valores sí/no", numbers: "números que no corresponden" }[found];
    return `${column} contiene ${holds} (p. ej. ${cell}: «${text}»), así que no es ${field}.`;
  },
  dateOrder: (order, how) => {
    const name = { DMY: "con el día primero (31/03/2026)", MDY: "con el mes primero (03/31/2026)", YMD: "con el año primero (2026-03-31)" }[
      order
    ];
    const why = {
      given: "según la configuración",
      detected: "una fecha como 31/03 lo confirma",
      assumed: "ninguna fecha lo confirma; lo indica el idioma de los encabezados",
    }[how];
    return `Las fechas en texto se leen ${name}: ${why}.`;
  },
  headingRows: (count) => `${count} filas de título de sección, pie o nota no son partidas.`,
  carriedCustomers: (count) => `${count} filas toman su cliente del título de sección de arriba.`,
  note: (text) => `Nota: ${text}`,
  asOfFarAfterData: (today, latest) =>
    `la fecha de corte es hoy (${today}), pero la fecha más reciente de la cartera es ${latest}: todo puede parecer vencido. Indique la fecha del informe (--as-of ${latest}, o "asOf" en la configuración).`,
  unknownStatus: (column, values) =>
    `${column} contiene estados que no dicen nada conocido, leídos como vacíos: ${values.map((v) => `«${v.text}» (${v.rows})`).join(", ")}.`,
};
