/** Los mensajes de las caras (libro, archivos, línea de comandos), en español. */
import type { FileNature, PackageDefect } from "../../files/fileProblems";
import { groupedNumber } from "../../engine/messages/numbers";
import type { FaceTexts } from "./types";

const count = (n: number): string => groupedNumber(n, ".", ",");

const NATURE: Record<FileNature, string> = {
  xls: "un libro de Excel 97-2003 (.xls). Ábralo en Excel o LibreOffice y guárdelo como libro .xlsx",
  ods: "una hoja de cálculo OpenDocument (.ods). Ábrala en LibreOffice o Excel y guárdela como libro .xlsx",
  opendocument: "un archivo OpenDocument que no es una hoja de cálculo",
  word: "un documento de Word",
  powerpoint: "una presentación de PowerPoint",
  zip: "un archivo zip sin ningún libro dentro",
  ole: "un archivo compuesto OLE que no contiene ningún libro",
  text: "un archivo de texto (si contiene valores separados por comas, nómbrelo .csv)",
  empty: "un archivo vacío (0 bytes)",
  unknown: "algo que no es un libro (sus bytes no son ni un archivo zip ni texto)",
};

const DEFECT: Record<PackageDefect, string> = {
  notZip: "no es un archivo zip",
  truncated: "termina antes de tiempo (¿una copia o una descarga que no terminó?)",
  badDirectory: "su directorio zip está dañado",
  badEntry: "una de sus partes está dañada",
  unsupportedMethod: "una de sus partes está comprimida de una forma que los archivos xlsx nunca usan",
  encryptedEntry: "una de sus partes está cifrada con una contraseña de zip",
  corrupt: "una de sus partes no se descomprime como indica su entrada zip",
  missingPart: "falta una parte que todo libro tiene",
  badXml: "el XML de una hoja no es SpreadsheetML como lo escribe Excel",
};

const hint = " Ejecute `arseg --help` para ver las opciones.";
const quoteFix = '(escriba "" para unas comillas dentro de un campo entre comillas) y vuelva a ejecutar';

export const facesEs: FaceTexts = {
  errors: {
    fileNotFound: (e) => `El archivo «${e.file}» no existe.`,
    unreadableFile: (e) => `No se pudo leer el archivo «${e.file}»: ${e.detail}`,
    unsupportedFile: (e) => `El archivo «${e.file}» no es ni un libro .xlsx ni un archivo .csv.`,
    unclosedQuote: (e) =>
      `Archivo «${e.file}», línea ${e.line}: unas comillas abren ahí un campo y nunca se cierran, así que el resto del archivo se leería como una sola celda. Cierre las comillas ${quoteFix}.`,
    quoteRunsOn: (e) =>
      `Archivo «${e.file}», línea ${e.line}: unas comillas abren ahí un campo que sigue hasta la línea ${e.endLine} y termina en medio de un campo, así que las líneas intermedias se leerían como una sola celda. Cierre las comillas de la línea ${e.line} ${quoteFix}.`,
    sheetNotFound: (e) => `No hay ninguna hoja «${e.sheet}». Hojas: ${e.sheets.join(", ")}.`,
    emptySheet: (e) => `La hoja «${e.sheet}» está vacía.`,
    sheetTooLarge: (e) =>
      `La hoja «${e.sheet}» tiene ${count(e.cells)} celdas en su región de datos, más de ${count(e.limit)}. Seleccione las columnas de la cartera y use «Usar selección».`,
    multipleAreas: (e) =>
      `Hoja «${e.sheet}»: la selección tiene varias áreas${e.areas.length > 0 ? ` (${e.areas.join(", ")})` : ""}. Seleccione un solo bloque de celdas (la cartera con su fila de encabezado) y vuelva a usar «Usar selección»; no se leyó nada.`,
    noRoomForColumns: (e) =>
      `Hoja «${e.sheet}»: las ${e.columns} columnas de resultado empezarían en la columna ${e.firstColumn} y pasarían de la última columna de la hoja (XFD). No se escribió nada. Seleccione solo las columnas de la cartera o mueva la cartera a la izquierda.`,
    columnsOccupied: (e) =>
      `Hoja «${e.sheet}»: las columnas a la derecha de los datos no están vacías (${e.cells.slice(0, 5).join(", ")}${e.cells.length > 5 ? ", …" : ""}). No se escribió nada. Borre o mueva esas celdas, o permita que el complemento escriba ahí.`,
    protectedSheet: (e) =>
      `La hoja «${e.sheet}» está protegida. Desprotéjala (Revisar › Desproteger hoja) y vuelva a ejecutar; no se cambió nada.`,
    cellEditMode: (e) =>
      `Excel está editando una celda de la hoja «${e.sheet}». Pulse Entrar o Esc para salir de la celda y vuelva a ejecutar.`,
    sheetDeleted: (e) =>
      `La hoja «${e.sheet}» se eliminó o cambió de nombre mientras corría la segmentación. No se escribió nada más; vuelva a ejecutar sobre la hoja que desee.`,
    payloadTooLarge: (e) =>
      `Hoja «${e.sheet}»: Excel rechazó un bloque de datos por demasiado grande, incluso en partes pequeñas. Ejecute sobre una selección de las columnas que la segmentación necesita.`,
    cancelled: () => "Cancelado. No se escribió nada.",
    settingsFailed: (e) => `No se pudo guardar la configuración en el libro: ${e.detail}`,
    officeError: (e) => `Excel informó «${e.code}» en la hoja «${e.sheet}»: ${e.detail}`,
    outputNotWritable: (e) => `No se pudo escribir el archivo de salida «${e.file}»: ${e.detail}. El archivo de entrada no se modificó.`,
    outputIsLink: (e) =>
      `La salida «${e.file}» es un enlace simbólico (a «${e.linkTarget}»). Las salidas nunca se escriben a través de un enlace ni encima de él: indique el archivo mismo con --out, o elimine el enlace. No se escribió nada.`,
    outputNotAFile: (e) =>
      `La salida «${e.file}» es una carpeta o un dispositivo, no un archivo. Elija un nombre de archivo. No se escribió nada.`,
    outputReadOnly: (e) =>
      `El archivo de salida «${e.file}» es de solo lectura, así que no se reemplaza. Hágalo modificable o elija otro --out. No se escribió nada.`,
    notAWorkbook: (e) => `El archivo «${e.file}» no es un libro .xlsx: es ${NATURE[e.nature]}. No se escribió nada.`,
    encryptedWorkbook: (e) =>
      `El archivo «${e.file}» está cifrado con contraseña. Ábralo en Excel, quite la contraseña (Archivo › Información › Proteger libro › Cifrar con contraseña), guárdelo y vuelva a ejecutar. No se escribió nada.`,
    damagedWorkbook: (e) =>
      `El archivo «${e.file}» está dañado: ${DEFECT[e.defect]}${e.part ? ` (${e.part})` : ""}. Ábralo en Excel para repararlo, o expórtelo de nuevo. No se escribió nada.`,
    partTooLarge: (e) =>
      `Archivo «${e.file}»: la parte ${e.part} ocupa al descomprimirse más de ${count(Math.round(e.limit / 1048576))} MB, lo máximo que lee arseg (una hoja muy por fuera de la cuadrícula de Excel, o una bomba zip). No se escribió nada.`,
    pastExcelGrid: (e) =>
      `La hoja «${e.sheet}» de «${e.file}» llega a la ${e.row > 1048576 ? `fila ${count(e.row)}` : `columna ${count(e.column)}`}, más allá de la cuadrícula de Excel de 1.048.576 filas × 16.384 columnas. No se escribió nada.`,
  },
  summaryNotes: {
    pivotUnsupported: () =>
      "Esta versión de Excel no permite que los complementos creen tablas dinámicas (ExcelApi 1.8), así que el resumen es una tabla simple con las mismas cifras.",
    pivotFailed: (n) =>
      `Excel no pudo crear la tabla dinámica («${n.code}»: ${n.detail}), así que el resumen es una tabla simple con las mismas cifras.`,
  },
  usage: {
    unknownOption: (e) => `Opción desconocida «${e.option}».${hint}`,
    missingValue: (e) => `La opción ${e.option} necesita un valor.${hint}`,
    badValue: (e) => `La opción ${e.option} no acepta «${e.value}». Use una de: ${e.allowed.join(", ")}.`,
    missingInput: (e) =>
      e.command !== undefined
        ? `Indique la cartera: arseg ${e.command} <cartera.xlsx|cartera.csv> [opciones]. Ejecute \`arseg ${e.command} --help\` para ver las opciones.`
        : `Indique la cartera que segmentar: arseg <entrada.xlsx|entrada.csv> [opciones].${hint}`,
    requiredOption: (e) =>
      `arseg ${e.command} necesita ${e.options.join(", o ")}. Ejecute \`arseg ${e.command} --help\` para ver las opciones.`,
    extraArgument: (e) => `Argumento inesperado «${e.argument}»: indique un solo archivo de entrada.${hint}`,
    repeatedOption: (e) => `La opción ${e.option} se indicó más de una vez.`,
    conflictingOptions: (e) => `Las opciones ${e.first} y ${e.second} no se pueden usar juntas.`,
    outputIsInput: (e) => `El archivo de salida «${e.file}» es el archivo de entrada. La entrada nunca se sobrescribe: elija otro --out.`,
    sameOutput: (e) => `Las opciones --out y --summary-json indican ambas «${e.file}»: dé a cada salida su propio archivo.`,
    missingOption: (e) =>
      `arseg ${e.command} necesita ${[e.option, ...(e.alternatives ?? [])].join(" o ")}. Ejecute \`arseg ${e.command} --help\` para ver las opciones.`,
    summaryNotJson: (e) => `La opción --summary-json escribe JSON: indique un archivo .json, no «${e.file}».`,
  },
};
