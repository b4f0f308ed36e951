/** Os problemas do motor, em português. */
import { assertNever } from "../result";
import type { SqlRefusal } from "../issues";
import type { FieldType } from "../fields";
import type { CompileParams, IssueTexts, RejectedColumn, Where } from "../issues";
import { renderCoded, type CodeTexts } from "./coded";
import { expressionPt } from "./expressionPt";
import { problemLines } from "./issueParts";
import { groupedNumber } from "./numbers";
import { readingPt } from "./readingPt";

const fields = readingPt.fields;
const label = (field: keyof typeof fields): string => fields[field].toLowerCase();
const count = (n: number): string => groupedNumber(n, ".", ",");

const TYPE_WORDS: Readonly<Record<FieldType, string>> = {
  text: "um texto",
  amount: "um valor",
  date: "uma data",
  integer: "um número inteiro",
  flag: "Sim ou Não",
  status: "uma situação (Aberto, Pago, Em disputa, Crédito)",
};

function where(w: Where): string {
  switch (w.kind) {
    case "rule":
      return `${w.first ? "Regra prévia" : "Regra"} ${w.number} ("${w.segment}")`;
    case "pointsRule":
      return `Regra de pontos ${w.number} ("${w.name}")`;
    case "scoreFactor":
      return `Fator ${w.number} do cartão de pontuação`;
    default:
      return {
        matrixRisk: "Eixo de risco da matriz",
        matrixValue: "Eixo de valor da matriz",
        matrix: "Matriz",
        configuration: "A configuração",
        none: "",
      }[w.kind];
  }
}

const need = (date: boolean): string => (date ? "uma data (AAAA-MM-DD)" : "um número");

export const compilePt: CodeTexts<CompileParams> = {
  needsValue: ({ date }) => `precisa de ${need(date)}`,
  notA: ({ value, date }) => `"${value}" não é ${need(date)}`,
  needsListOf: ({ date }) => `precisa de uma lista de ${date ? "datas (AAAA-MM-DD)" : "números"}`,
  betweenTwo: () => '"entre" precisa de dois valores',
  textOpOnNumber: ({ op }) => `"${op === "contains" ? "contém" : "começa com"}" precisa de um campo de texto`,
  needsTextValue: () => "precisa de um valor de texto",
  needsValues: () => "precisa de uma lista de valores",
  comparesNumbers: () => "compara números, mas este campo contém texto",
  needsYesNo: () => "precisa de sim ou não",
  notForFlag: ({ op }) => `${op} não se aplica a um campo de sim/não`,
  matrixAxes: () => "os dois eixos precisam de um campo numérico",
  matrixShape: ({ rows, columns }) => `as células devem ser ${rows} linhas de ${columns}`,
};

function rejected(r: RejectedColumn, field: string): string {
  const column = `"${r.header}" (coluna ${r.letter})`;
  if (r.why === "forecast") return `${column} indica uma previsão, não um fato, então não é lida como ${field}.`;
  const holds = { dates: "datas", words: "palavras", yesNo: "valores sim/não", numbers: "números" }[r.why];
  return `${column} contém ${holds} (p. ex. a célula ${r.cell}: "${r.text}"), então não é lida como ${field}.`;
}

const mapHint = (field: string): string => `("mapping", ou --map ${field}=<cabeçalho>)`;

/** Why a SQL query can't be written for a table and configuration, and what to do instead. */
function refusalPt(r: SqlRefusal): string {
  switch (r.feature) {
    case "agingSummary":
      return `suas colunas são as de um resumo de vencimentos (faixas em colunas, uma linha por cliente). A consulta SQL lê uma carteira detalhada, uma linha por fatura; segmente o relatório com o arseg.`;
    case "rowOrder":
      return `uma regra por cliente lê ${r.field}, um valor da fatura em aberto mais antiga do cliente, e quando duas faturas em aberto têm a mesma idade o motor toma a primeira da planilha. Uma tabela não tem ordem de linhas: indique uma coluna que a dê (--order-by COLUNA) ou teste um número do cliente.`;
    case "outputColumn":
      return `já tem uma coluna "${r.column}", um nome que a consulta dá a uma de suas próprias colunas. Renomeie essa coluna em uma view.`;
    case "reservedColumn":
      return `sua coluna "${r.column}" começa com "arseg_", que a consulta reserva para suas colunas de trabalho. Renomeie essa coluna em uma view.`;
    case "orderColumn":
      return `não há nenhuma coluna "${r.column}" que dê a ordem das linhas.`;
    case "markerCharacter":
      return `o texto "${r.text}" da configuração contém o caractere de uso privado U+E000 ou U+E001, que a consulta usa para colocar os valores de uma linha em um motivo. Remova-o da configuração.`;
    default:
      return assertNever(r);
  }
}

export const issuesPt: IssueTexts = {
  sqlUnsupported: (issue) => `Tabela "${issue.table}": ${refusalPt(issue)}`,
  badValue: (issue) => `Tabela "${issue.table}", coluna "${issue.column}": "${issue.text}" não é ${TYPE_WORDS[issue.expected]}.`,
  valueOutOfRange: (issue) =>
    `Tabela "${issue.table}", coluna "${issue.column}": ${issue.text} passa de ${count(issue.limit)} em valor absoluto, o que nenhum valor pode. Confira o valor.`,
  noData: (issue) => `A planilha "${issue.sheet}" não tem linhas de dados abaixo do cabeçalho.`,
  noHeader: (issue) => {
    const rows =
      issue.firstRow !== undefined
        ? `nas linhas ${issue.firstRow} a ${issue.firstRow + issue.scannedRows - 1}`
        : `nas primeiras ${issue.scannedRows} linhas`;
    const near = issue.nearest;
    const seen =
      near && near.named.length > 0
        ? ` A linha ${near.row} é a que mais se aproxima: ${near.named.map((n) => `"${n.header}" (${n.field === "agingBucket" ? "uma faixa de vencimento" : label(n.field)})`).join(", ")}, mas um cabeçalho precisa de duas colunas conhecidas, uma delas um valor, uma data de vencimento, os dias em atraso ou faixas de vencimento.`
        : " Nenhuma linha indica uma coluna conhecida.";
    return `Planilha "${issue.sheet}": nenhuma linha de cabeçalho encontrada ${rows}.${seen} Coloque nomes de coluna como Cliente, Valor e Data de vencimento acima dos dados, ou mapeie as colunas manualmente.`;
  },
  missingColumn: (issue) => {
    const field = label(issue.field);
    const why = issue.rejected ? ` ${rejected(issue.rejected, field)}` : "";
    const aging = issue.looksLikeAgingSummary
      ? " A planilha parece um resumo de vencimentos (uma linha por cliente, faixas em colunas), mas os cabeçalhos das faixas não foram reconhecidos: nomeie-os como A vencer, 1 - 30, 31 - 60, 61 - 90, 91 ou mais."
      : "";
    return `Planilha "${issue.sheet}": não há coluna de ${field}.${why}${aging} Foram tentados cabeçalhos como: ${issue.tried.join(", ")}. Renomeie a coluna ou mapeie-a na configuração ${mapHint(issue.field)}.`;
  },
  ambiguousColumns: (issue) =>
    `Planilha "${issue.sheet}": ${issue.columns.map((c) => `"${c.header}" (coluna ${c.letter})`).join(" e ")} poderiam ser cada uma a coluna de ${label(issue.field)}, e suas células diferem. Nada foi gravado. Indique qual usar na configuração ${mapHint(issue.field)}.`,
  fieldNotInLayout: (issue) =>
    `A planilha "${issue.sheet}" é um resumo de vencimentos (uma linha por cliente, sem faturas), então uma regra não pode testar ${issue.field}: esse valor não existe ali. Escolha regras que usem saldos e dias em atraso, ou segmente a carteira detalhada.`,
  mappedColumnNotFound: (issue) =>
    `Planilha "${issue.sheet}": a configuração mapeia ${label(issue.field)} para uma coluna "${issue.header}", mas a linha de cabeçalho não tem essa coluna.`,
  badCell: (issue) =>
    `Planilha "${issue.sheet}", célula ${issue.cell} (coluna "${issue.column}"): "${issue.text}" não é ${TYPE_WORDS[issue.expected]}.`,
  errorValue: (issue) =>
    `Planilha "${issue.sheet}", célula ${issue.cell} (coluna "${issue.column}"): a célula mostra o erro ${issue.error}, então a fórmula ali falhou. Corrija a fórmula ou digite o valor e execute de novo.`,
  amountOutOfRange: (issue) =>
    `Planilha "${issue.sheet}", célula ${issue.cell} (coluna "${issue.column}"): ${issue.text} passa de ${count(issue.limit)} em valor absoluto, o que nenhum valor aqui pode ser. Confira a célula.`,
  unknownPreset: (issue) => `Modelo predefinido desconhecido "${issue.name}". Modelos: ${issue.known.join(", ")}.`,
  invalidConfig: (issue) => {
    const { lines, more } = problemLines(issue.problems, "pt");
    if (more > 0) lines.push(`  … e mais ${count(more)} (${count(issue.problems.length)} problemas no total).`);
    return `A configuração ${issue.source} não é válida:\n${lines.join("\n")}`;
  },
  unknownField: (issue) =>
    `${where(issue.where)}: "${issue.field}" não é um campo predefinido nem uma coluna da planilha "${issue.sheet}".`,
  badExpression: (issue) =>
    `${where(issue.where)}: ${renderCoded(expressionPt, issue.error)} no caractere ${issue.error.position + 1} de "${issue.text}".`,
  badCondition: (issue) =>
    `${where(issue.where)}: ${issue.compare ? `${issue.compare.field} ${issue.compare.op}: ` : ""}${renderCoded(compilePt, issue.problem)}`,
  badAsOf: (issue) => `A data-base "${issue.text}" não é uma data escrita AAAA-MM-DD.`,
  backtestNeedsColumn: (issue) => {
    const why = {
      invoiceDate: "para saber quais faturas existiam em cada data-base",
      dueDate: "para saber quais faturas estavam vencidas ao fim do horizonte",
      paidDate: "para saber quando cada fatura foi paga: sem ela a carteira não tem histórico",
    }[issue.field];
    return `Planilha "${issue.sheet}": um backtest precisa da coluna de ${label(issue.field)}, ${why}. Mapeie-a na configuração ${mapHint(issue.field)}.`;
  },
  snapshotAfterHistory: (issue) => {
    const latest = issue.latestDate ? ` A última data-base que se pode testar é ${issue.latestDate}.` : "";
    return `Planilha "${issue.sheet}": a data-base ${issue.date} mais ${issue.days} dias passa da última data de emissão ou de pagamento da carteira, ${issue.historyEnd}, então o que aconteceu depois ainda não está na carteira.${latest}`;
  },
  tooManySnapshots: (issue) =>
    `${issue.count} datas-base são mais do que um backtest aceita (no máximo ${issue.limit}). Escolha menos datas ou um passo maior.`,
  noSnapshotDates: (issue) => `Nenhuma data-base cai entre ${issue.from} e ${issue.to}: a primeira data não pode ser posterior à última.`,
};
