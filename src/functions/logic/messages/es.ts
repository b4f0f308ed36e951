/** Los problemas de las funciones personalizadas, en español. */
import { describeIssue } from "../../../engine/issues";
import { describeRunError } from "../../../workbook/errors";
import type { FunctionTexts } from "./types";

const EDGES: FunctionTexts["edges"] = {
  notWhole: "cada límite debe ser un número entero de días, 0 o más",
  firstNotZero: "el primer límite debe ser 0 (el tramo vigente)",
  notAscending: "cada límite debe ser mayor que el anterior",
  tooMany: "indique como máximo 12 límites",
};

const shown = (headers: readonly string[]): string =>
  headers
    .filter((h) => h !== "")
    .slice(0, 6)
    .join(", ");

export const functionsEs: FunctionTexts = {
  edges: EDGES,
  problems: {
    engine: (p) => describeIssue(p.issue, "es"),
    config: (p) => `No se pudo usar la configuración de segmentación guardada en este libro: ${describeRunError(p.error, "es")}`,
    headersShape: (p) => `headers debe ser una sola fila de nombres de columna; tiene ${p.rows} filas y ${p.columns} columnas.`,
    widthMismatch: (p) =>
      `headers tiene ${p.headers} columnas pero row tiene ${p.row}: dé a ambos rangos las mismas columnas (p. ej. A1:K1 y A2:K2).`,
    headersNotRecognised: (p) =>
      `headers (${shown(p.headers) || "vacío"}) no se reconoce como fila de encabezado: indique los nombres de columna de la cartera, como Cliente, Importe y Fecha de vencimiento.`,
    errorInput: (p) => `${p.argument}${p.cell ? ` (celda ${p.cell})` : ""} contiene el error ${p.error}; corrija primero esa celda.`,
    badDate: (p) =>
      `${p.argument}: «${p.text}» no es una fecha. Indique una celda de fecha, un número de serie de fecha o un texto como 2026-03-31.`,
    ambiguousDate: (p) =>
      `${p.argument}: «${p.text}» puede leerse con el día primero o con el mes primero. Escríbala como AAAA-MM-DD o use una celda de fecha.`,
    badNumber: (p) => `${p.argument}: «${p.text}» no es un número.`,
    badEdges: (p) => `edges (${p.text}): ${EDGES[p.detail]}. Ejemplo: una fila de celdas con 0, 30, 60 y 90.`,
  },
};
