/** As mensagens das faces (pasta de trabalho, arquivos, linha de comando), em português. */
import type { FileNature, PackageDefect } from "../../files/fileProblems";
import { groupedNumber } from "../../engine/messages/numbers";
import type { FaceTexts } from "./types";

const count = (n: number): string => groupedNumber(n, ".", ",");

const NATURE: Record<FileNature, string> = {
  xls: "uma pasta de trabalho do Excel 97-2003 (.xls). Abra-a no Excel ou no LibreOffice e salve-a como pasta de trabalho .xlsx",
  ods: "uma planilha OpenDocument (.ods). Abra-a no LibreOffice ou no Excel e salve-a como pasta de trabalho .xlsx",
  opendocument: "um arquivo OpenDocument que não é uma planilha",
  word: "um documento do Word",
  powerpoint: "uma apresentação do PowerPoint",
  zip: "um arquivo zip sem nenhuma pasta de trabalho dentro",
  ole: "um arquivo composto OLE que não contém nenhuma pasta de trabalho",
  text: "um arquivo de texto (se contiver valores separados por vírgulas, dê a ele a extensão .csv)",
  empty: "um arquivo vazio (0 bytes)",
  unknown: "algo que não é uma pasta de trabalho (seus bytes não são nem um arquivo zip nem texto)",
};

const DEFECT: Record<PackageDefect, string> = {
  notZip: "não é um arquivo zip",
  truncated: "termina antes do tempo (uma cópia ou um download que não terminou?)",
  badDirectory: "o diretório zip está danificado",
  badEntry: "uma de suas partes está danificada",
  unsupportedMethod: "uma de suas partes está compactada de um jeito que arquivos xlsx nunca usam",
  encryptedEntry: "uma de suas partes está criptografada com uma senha de zip",
  corrupt: "uma de suas partes não se descompacta como diz a sua entrada zip",
  missingPart: "falta uma parte que toda pasta de trabalho tem",
  badXml: "o XML de uma planilha não é SpreadsheetML como o Excel o escreve",
};

const hint = " Execute `arseg --help` para ver as opções.";
const quoteFix = '(escreva "" para aspas dentro de um campo entre aspas) e execute de novo';

export const facesPt: FaceTexts = {
  errors: {
    fileNotFound: (e) => `O arquivo "${e.file}" não existe.`,
    unreadableFile: (e) => `Não foi possível ler o arquivo "${e.file}": ${e.detail}`,
    unsupportedFile: (e) => `O arquivo "${e.file}" não é nem uma pasta de trabalho .xlsx nem um arquivo .csv.`,
    unclosedQuote: (e) =>
      `Arquivo "${e.file}", linha ${e.line}: aspas abrem ali um campo e nunca se fecham, então o resto do arquivo seria lido como uma só célula. Feche as aspas ${quoteFix}.`,
    quoteRunsOn: (e) =>
      `Arquivo "${e.file}", linha ${e.line}: aspas abrem ali um campo que vai até a linha ${e.endLine} e termina no meio de um campo, então as linhas entre elas seriam lidas como uma só célula. Feche as aspas da linha ${e.line} ${quoteFix}.`,
    sheetNotFound: (e) => `Não há nenhuma planilha "${e.sheet}". Planilhas: ${e.sheets.join(", ")}.`,
    emptySheet: (e) => `A planilha "${e.sheet}" está vazia.`,
    sheetTooLarge: (e) =>
      `A planilha "${e.sheet}" tem ${count(e.cells)} células na região de dados, mais de ${count(e.limit)}. Selecione as colunas da carteira e use "Usar seleção".`,
    multipleAreas: (e) =>
      `Planilha "${e.sheet}": a seleção tem várias áreas${e.areas.length > 0 ? ` (${e.areas.join(", ")})` : ""}. Selecione um só bloco de células (a carteira com a linha de cabeçalho) e use "Usar seleção" de novo; nada foi lido.`,
    noRoomForColumns: (e) =>
      `Planilha "${e.sheet}": as ${e.columns} colunas de resultado começariam na coluna ${e.firstColumn} e passariam da última coluna da planilha (XFD). Nada foi gravado. Selecione só as colunas da carteira ou mova a carteira para a esquerda.`,
    columnsOccupied: (e) =>
      `Planilha "${e.sheet}": as colunas à direita dos dados não estão vazias (${e.cells.slice(0, 5).join(", ")}${e.cells.length > 5 ? ", …" : ""}). Nada foi gravado. Limpe ou mova essas células, ou permita que o suplemento grave ali.`,
    protectedSheet: (e) =>
      `A planilha "${e.sheet}" está protegida. Desproteja-a (Revisão › Desproteger Planilha) e execute de novo; nada foi alterado.`,
    cellEditMode: (e) =>
      `O Excel está editando uma célula da planilha "${e.sheet}". Pressione Enter ou Esc para sair da célula e execute de novo.`,
    sheetDeleted: (e) =>
      `A planilha "${e.sheet}" foi excluída ou renomeada enquanto a segmentação rodava. Nada mais foi gravado; execute de novo na planilha desejada.`,
    payloadTooLarge: (e) =>
      `Planilha "${e.sheet}": o Excel recusou um bloco de dados por ser grande demais, mesmo em partes pequenas. Execute sobre uma seleção das colunas de que a segmentação precisa.`,
    cancelled: () => "Cancelado. Nada foi gravado.",
    settingsFailed: (e) => `Não foi possível salvar a configuração na pasta de trabalho: ${e.detail}`,
    officeError: (e) => `O Excel informou "${e.code}" na planilha "${e.sheet}": ${e.detail}`,
    outputNotWritable: (e) => `Não foi possível gravar o arquivo de saída "${e.file}": ${e.detail}. O arquivo de entrada não foi alterado.`,
    outputIsLink: (e) =>
      `A saída "${e.file}" é um link simbólico (para "${e.linkTarget}"). As saídas nunca são gravadas através de um link nem por cima dele: indique o próprio arquivo com --out, ou remova o link. Nada foi gravado.`,
    outputNotAFile: (e) =>
      `A saída "${e.file}" é uma pasta ou um dispositivo, não um arquivo. Escolha um nome de arquivo. Nada foi gravado.`,
    outputReadOnly: (e) =>
      `O arquivo de saída "${e.file}" é somente leitura, então não é substituído. Torne-o gravável ou escolha outro --out. Nada foi gravado.`,
    notAWorkbook: (e) => `O arquivo "${e.file}" não é uma pasta de trabalho .xlsx: é ${NATURE[e.nature]}. Nada foi gravado.`,
    encryptedWorkbook: (e) =>
      `O arquivo "${e.file}" está criptografado com senha. Abra-o no Excel, remova a senha (Arquivo › Informações › Proteger Pasta de Trabalho › Criptografar com Senha), salve-o e execute de novo. Nada foi gravado.`,
    damagedWorkbook: (e) =>
      `O arquivo "${e.file}" está danificado: ${DEFECT[e.defect]}${e.part ? ` (${e.part})` : ""}. Abra-o no Excel para repará-lo, ou exporte-o de novo. Nada foi gravado.`,
    partTooLarge: (e) =>
      `Arquivo "${e.file}": a parte ${e.part} ocupa ao descompactar mais de ${count(Math.round(e.limit / 1048576))} MB, o máximo que o arseg lê (uma planilha muito além da grade do Excel, ou uma bomba zip). Nada foi gravado.`,
    pastExcelGrid: (e) =>
      `A planilha "${e.sheet}" de "${e.file}" chega à ${e.row > 1048576 ? `linha ${count(e.row)}` : `coluna ${count(e.column)}`}, além da grade do Excel de 1.048.576 linhas × 16.384 colunas. Nada foi gravado.`,
  },
  summaryNotes: {
    pivotUnsupported: () =>
      "Esta versão do Excel não permite que suplementos criem tabelas dinâmicas (ExcelApi 1.8), então o resumo é uma tabela simples com os mesmos números.",
    pivotFailed: (n) =>
      `O Excel não conseguiu criar a tabela dinâmica ("${n.code}": ${n.detail}), então o resumo é uma tabela simples com os mesmos números.`,
  },
  usage: {
    unknownOption: (e) => `Opção desconhecida "${e.option}".${hint}`,
    missingValue: (e) => `A opção ${e.option} precisa de um valor.${hint}`,
    badValue: (e) => `A opção ${e.option} não aceita "${e.value}". Use uma destas: ${e.allowed.join(", ")}.`,
    missingInput: (e) =>
      e.command !== undefined
        ? `Indique a carteira: arseg ${e.command} <carteira.xlsx|carteira.csv> [opções]. Execute \`arseg ${e.command} --help\` para ver as opções.`
        : `Indique a carteira a segmentar: arseg <entrada.xlsx|entrada.csv> [opções].${hint}`,
    requiredOption: (e) =>
      `arseg ${e.command} precisa de ${e.options.join(", ou ")}. Execute \`arseg ${e.command} --help\` para ver as opções.`,
    extraArgument: (e) => `Argumento inesperado "${e.argument}": indique um só arquivo de entrada.${hint}`,
    repeatedOption: (e) => `A opção ${e.option} foi indicada mais de uma vez.`,
    conflictingOptions: (e) => `As opções ${e.first} e ${e.second} não podem ser usadas juntas.`,
    outputIsInput: (e) => `O arquivo de saída "${e.file}" é o arquivo de entrada. A entrada nunca é sobrescrita: escolha outro --out.`,
    sameOutput: (e) => `As opções --out e --summary-json indicam ambas "${e.file}": dê a cada saída o seu próprio arquivo.`,
    missingOption: (e) =>
      `arseg ${e.command} precisa de ${[e.option, ...(e.alternatives ?? [])].join(" ou ")}. Execute \`arseg ${e.command} --help\` para ver as opções.`,
    summaryNotJson: (e) => `A opção --summary-json grava JSON: indique um arquivo .json, não "${e.file}".`,
  },
};
