/** Os problemas das funções personalizadas, em português. */
import { describeIssue } from "../../../engine/issues";
import { describeRunError } from "../../../workbook/errors";
import type { FunctionTexts } from "./types";

const EDGES: FunctionTexts["edges"] = {
  notWhole: "cada limite deve ser um número inteiro de dias, 0 ou mais",
  firstNotZero: "o primeiro limite deve ser 0 (a faixa a vencer)",
  notAscending: "cada limite deve ser maior que o anterior",
  tooMany: "indique no máximo 12 limites",
};

const shown = (headers: readonly string[]): string =>
  headers
    .filter((h) => h !== "")
    .slice(0, 6)
    .join(", ");

export const functionsPt: FunctionTexts = {
  edges: EDGES,
  problems: {
    engine: (p) => describeIssue(p.issue, "pt"),
    config: (p) => `Não foi possível usar a configuração de segmentação salva nesta pasta de trabalho: ${describeRunError(p.error, "pt")}`,
    headersShape: (p) => `headers deve ser uma só linha de nomes de coluna; tem ${p.rows} linhas e ${p.columns} colunas.`,
    widthMismatch: (p) =>
      `headers tem ${p.headers} colunas, mas row tem ${p.row}: dê aos dois intervalos as mesmas colunas (p. ex. A1:K1 e A2:K2).`,
    headersNotRecognised: (p) =>
      `headers (${shown(p.headers) || "vazio"}) não é reconhecido como linha de cabeçalho: indique os nomes de coluna da carteira, como Cliente, Valor e Data de vencimento.`,
    errorInput: (p) => `${p.argument}${p.cell ? ` (célula ${p.cell})` : ""} contém o erro ${p.error}; corrija essa célula primeiro.`,
    badDate: (p) =>
      `${p.argument}: "${p.text}" não é uma data. Indique uma célula de data, um número de série de data ou um texto como 2026-03-31.`,
    ambiguousDate: (p) =>
      `${p.argument}: "${p.text}" pode ser lida com o dia primeiro ou com o mês primeiro. Escreva-a como AAAA-MM-DD ou use uma célula de data.`,
    badNumber: (p) => `${p.argument}: "${p.text}" não é um número.`,
    badEdges: (p) => `edges (${p.text}): ${EDGES[p.detail]}. Exemplo: uma linha de células com 0, 30, 60 e 90.`,
  },
};
