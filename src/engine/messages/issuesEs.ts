/** Los problemas del motor, en español. */
import { assertNever } from "../result";
import type { SqlRefusal } from "../issues";
import type { FieldType } from "../fields";
import type { CompileParams, IssueTexts, RejectedColumn, Where } from "../issues";
import { renderCoded, type CodeTexts } from "./coded";
import { expressionEs } from "./expressionEs";
import { problemLines } from "./issueParts";
import { groupedNumber } from "./numbers";
import { readingEs } from "./readingEs";

const fields = readingEs.fields;
const label = (field: keyof typeof fields): string => fields[field].toLowerCase();
const count = (n: number): string => groupedNumber(n, ".", ",");

const TYPE_WORDS: Readonly<Record<FieldType, string>> = {
  text: "un texto",
  amount: "un importe",
  date: "una fecha",
  integer: "un número entero",
  flag: "Sí o No",
  status: "un estado (Abierta, Pagada, En disputa, Saldo a favor)",
};

function where(w: Where): string {
  switch (w.kind) {
    case "rule":
      return `${w.first ? "Regla previa" : "Regla"} ${w.number} («${w.segment}»)`;
    case "pointsRule":
      return `Regla de puntos ${w.number} («${w.name}»)`;
    case "scoreFactor":
      return `Factor ${w.number} de la tarjeta de puntaje`;
    default:
      return {
        matrixRisk: "Eje de riesgo de la matriz",
        matrixValue: "Eje de valor de la matriz",
        matrix: "Matriz",
        configuration: "La configuración",
        none: "",
      }[w.kind];
  }
}

const need = (date: boolean): string => (date ? "una fecha (AAAA-MM-DD)" : "un número");

export const compileEs: CodeTexts<CompileParams> = {
  needsValue: ({ date }) => `necesita ${need(date)}`,
  notA: ({ value, date }) => `«${value}» no es ${need(date)}`,
  needsListOf: ({ date }) => `necesita una lista de ${date ? "fechas (AAAA-MM-DD)" : "números"}`,
  betweenTwo: () => "«entre» necesita dos valores",
  textOpOnNumber: ({ op }) => `«${op === "contains" ? "contiene" : "empieza con"}» necesita un campo de texto`,
  needsTextValue: () => "necesita un valor de texto",
  needsValues: () => "necesita una lista de valores",
  comparesNumbers: () => "compara números, pero este campo contiene texto",
  needsYesNo: () => "necesita sí o no",
  notForFlag: ({ op }) => `${op} no se aplica a un campo de sí/no`,
  matrixAxes: () => "los dos ejes necesitan un campo numérico",
  matrixShape: ({ rows, columns }) => `las celdas deben ser ${rows} filas de ${columns}`,
};

function rejected(r: RejectedColumn, field: string): string {
  const column = `«${r.header}» (columna ${r.letter})`;
  if (r.why === "forecast") return `${column} nombra una previsión, no un hecho, así que no se lee como ${field}.`;
  const holds = { dates: "fechas", words: "palabras", yesNo: "valores sí/no", numbers: "números" }[r.why];
  return `${column} contiene ${holds} (p. ej. la celda ${r.cell}: «${r.text}»), así que no se lee como ${field}.`;
}

const mapHint = (field: string): string => `("mapping", o --map ${field}=<encabezado>)`;

/** Why a SQL query can't be written for a table and configuration, and what to do instead. */
function refusalEs(r: SqlRefusal): string {
  switch (r.feature) {
    case "agingSummary":
      return `sus columnas son las de un resumen de antigüedad (tramos en columnas, una fila por cliente). La consulta SQL lee un detalle de cartera, una fila por factura; segmente el informe con arseg.`;
    case "rowOrder":
      return `una regla por cliente lee ${r.field}, un valor de la factura abierta más antigua del cliente, y cuando dos facturas abiertas tienen la misma antigüedad el motor toma la primera de la hoja. Una tabla no tiene orden de filas: indique una columna que lo dé (--order-by COLUMNA) o pruebe una cifra del cliente.`;
    case "outputColumn":
      return `ya tiene una columna «${r.column}», un nombre que la consulta da a una de sus propias columnas. Cambie el nombre de esa columna en una vista.`;
    case "reservedColumn":
      return `su columna «${r.column}» empieza por «arseg_», que la consulta reserva para sus columnas de trabajo. Cambie el nombre de esa columna en una vista.`;
    case "orderColumn":
      return `no hay ninguna columna «${r.column}» que dé el orden de las filas.`;
    case "markerCharacter":
      return `el texto «${r.text}» de la configuración contiene el carácter de uso privado U+E000 o U+E001, que la consulta usa para colocar los valores de una fila en un motivo. Quítelo de la configuración.`;
    default:
      return assertNever(r);
  }
}

export const issuesEs: IssueTexts = {
  sqlUnsupported: (issue) => `Tabla «${issue.table}»: ${refusalEs(issue)}`,
  badValue: (issue) => `Tabla «${issue.table}», columna «${issue.column}»: «${issue.text}» no es ${TYPE_WORDS[issue.expected]}.`,
  valueOutOfRange: (issue) =>
    `Tabla «${issue.table}», columna «${issue.column}»: ${issue.text} supera ${count(issue.limit)} en valor absoluto, y ningún importe puede hacerlo. Revise el valor.`,
  noData: (issue) => `La hoja «${issue.sheet}» no tiene filas de datos debajo del encabezado.`,
  noHeader: (issue) => {
    const rows =
      issue.firstRow !== undefined
        ? `las filas ${issue.firstRow} a ${issue.firstRow + issue.scannedRows - 1}`
        : `las primeras ${issue.scannedRows} filas`;
    const near = issue.nearest;
    const seen =
      near && near.named.length > 0
        ? ` La fila ${near.row} es la que más se acerca: ${near.named.map((n) => `«${n.header}» (${n.field === "agingBucket" ? "un tramo de antigüedad" : label(n.field)})`).join(", ")}, pero un encabezado necesita dos columnas conocidas, una de ellas un importe, una fecha de vencimiento, los días de atraso o tramos de antigüedad.`
        : " Ninguna fila nombra una columna conocida.";
    return `Hoja «${issue.sheet}»: no se encontró una fila de encabezado en ${rows}.${seen} Ponga nombres de columna como Cliente, Importe y Fecha de vencimiento encima de los datos, o asigne las columnas a mano.`;
  },
  missingColumn: (issue) => {
    const field = label(issue.field);
    const why = issue.rejected ? ` ${rejected(issue.rejected, field)}` : "";
    const aging = issue.looksLikeAgingSummary
      ? " La hoja parece un resumen de antigüedad de saldos (una fila por cliente, tramos en columnas), pero no se reconocieron los encabezados de sus tramos: nómbrelos como Vigente, 1 - 30, 31 - 60, 61 - 90, 91 y más."
      : "";
    return `Hoja «${issue.sheet}»: no hay columna de ${field}.${why}${aging} Se probaron encabezados como: ${issue.tried.join(", ")}. Cambie el nombre de la columna o asígnela en la configuración ${mapHint(issue.field)}.`;
  },
  ambiguousColumns: (issue) =>
    `Hoja «${issue.sheet}»: ${issue.columns.map((c) => `«${c.header}» (columna ${c.letter})`).join(" y ")} podrían ser cada una la columna de ${label(issue.field)}, y sus celdas difieren. No se escribió nada. Indique cuál usar en la configuración ${mapHint(issue.field)}.`,
  fieldNotInLayout: (issue) =>
    `La hoja «${issue.sheet}» es un resumen de antigüedad de saldos (una fila por cliente, sin facturas), así que una regla no puede probar ${issue.field}: ahí no hay ese valor. Elija reglas que usen saldos y días de atraso, o segmente el detalle de la cartera.`,
  mappedColumnNotFound: (issue) =>
    `Hoja «${issue.sheet}»: la configuración asigna ${label(issue.field)} a una columna «${issue.header}», pero la fila de encabezado no tiene esa columna.`,
  badCell: (issue) =>
    `Hoja «${issue.sheet}», celda ${issue.cell} (columna «${issue.column}»): «${issue.text}» no es ${TYPE_WORDS[issue.expected]}.`,
  errorValue: (issue) =>
    `Hoja «${issue.sheet}», celda ${issue.cell} (columna «${issue.column}»): la celda muestra el error ${issue.error}, así que su fórmula falló. Corrija la fórmula o escriba el valor y vuelva a ejecutar.`,
  amountOutOfRange: (issue) =>
    `Hoja «${issue.sheet}», celda ${issue.cell} (columna «${issue.column}»): ${issue.text} supera ${count(issue.limit)} en valor absoluto, y ningún importe puede ser así. Revise la celda.`,
  unknownPreset: (issue) => `No existe el modelo predefinido «${issue.name}». Modelos: ${issue.known.join(", ")}.`,
  invalidConfig: (issue) => {
    const { lines, more } = problemLines(issue.problems, "es");
    if (more > 0) lines.push(`  … y ${count(more)} más (${count(issue.problems.length)} problemas en total).`);
    return `La configuración ${issue.source} no es válida:\n${lines.join("\n")}`;
  },
  unknownField: (issue) => `${where(issue.where)}: «${issue.field}» no es un campo predefinido ni una columna de la hoja «${issue.sheet}».`,
  badExpression: (issue) =>
    `${where(issue.where)}: ${renderCoded(expressionEs, issue.error)} en el carácter ${issue.error.position + 1} de «${issue.text}».`,
  badCondition: (issue) =>
    `${where(issue.where)}: ${issue.compare ? `${issue.compare.field} ${issue.compare.op}: ` : ""}${renderCoded(compileEs, issue.problem)}`,
  badAsOf: (issue) => `La fecha de corte «${issue.text}» no es una fecha escrita AAAA-MM-DD.`,
  backtestNeedsColumn: (issue) => {
    const why = {
      invoiceDate: "para saber qué facturas existían en cada fecha de corte",
      dueDate: "para saber qué facturas estaban vencidas al final del horizonte",
      paidDate: "para saber cuándo se pagó cada factura: sin ella la cartera no tiene historial",
    }[issue.field];
    return `Hoja «${issue.sheet}»: un backtest necesita la columna de ${label(issue.field)}, ${why}. Asígnela en la configuración ${mapHint(issue.field)}.`;
  },
  snapshotAfterHistory: (issue) => {
    const latest = issue.latestDate ? ` La última fecha de corte que se puede probar es ${issue.latestDate}.` : "";
    return `Hoja «${issue.sheet}»: la fecha de corte ${issue.date} más ${issue.days} días pasa de la última fecha de factura o de pago de la cartera, ${issue.historyEnd}, así que lo que pasó después todavía no está en la cartera.${latest}`;
  },
  tooManySnapshots: (issue) =>
    `${issue.count} fechas de corte son más de las que admite un backtest (como máximo ${issue.limit}). Elija menos fechas o un paso más largo.`,
  noSnapshotDates: (issue) =>
    `Ninguna fecha de corte cae entre ${issue.from} y ${issue.to}: la primera fecha no puede ser posterior a la última.`,
};
