/** As palavras das planilhas Backtest e Comparação, em português. */
import type { BacktestTexts } from "./backtestTypes";
import { dayFirst, fixedNumber } from "./numbers";

const money = (value: number) => fixedNumber(value, 2, ".", ",");
const count = (value: number) => fixedNumber(value, 0, ".", ",");
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export const backtestPt: BacktestTexts = {
  sheetName: "Backtest",
  compareSheetName: "Comparação",
  dateFormat: "dd/mm/yyyy",
  title: "Backtest: a prioridade encontra as faturas que precisaram de um cobrador?",
  headline: (h) =>
    `${h.policy} na planilha "${h.sheet}": ${plural(h.snapshots, "corte", "cortes")} de ${dayFirst(h.first)} a ${dayFirst(h.last)}, ` +
    `e o que aconteceu nos ${h.horizonDays} dias seguintes a cada um (o histórico da planilha vai até ${dayFirst(h.historyEnd)}).`,
  rankingHeading: "Quão bem a prioridade ordena",
  auc: "AUC",
  aucWords: (auc) => {
    if (auc === null) return "Nenhuma fatura em aberto precisou de um cobrador, ou todas precisaram: não há ordem a medir.";
    const verdict =
      auc < 0.5
        ? " Pior que o acaso: trabalhar nesta ordem encontra as que precisam de uma ligação mais tarde que uma ordem aleatória."
        : "";
    return `A prioridade põe primeiro as contas que precisaram de um cobrador ${Math.round(auc * 10)} vezes em 10 (0,50 é cara ou coroa).${verdict}`;
  },
  unneededCalls: "Ligações desnecessárias",
  callWords: (calls) =>
    calls.share === null
      ? "Nenhuma estratégia mandou uma pessoa (Telefone, Visita) a uma fatura em aberto."
      : `${count(calls.paidWithinWeek)} das ${plural(calls.invoices, "fatura", "faturas")} a que uma estratégia mandou uma pessoa (Telefone, Visita) ${calls.paidWithinWeek === 1 ? "foi paga" : "foram pagas"} mesmo assim em ${calls.windowDays} dias.`,
  paidWithin: (days) => `Pago em ${days} dias`,
  paidWords: (paid, open) => `${money(paid)} de um saldo em aberto de ${money(open)}.`,
  pooledHeading: "Todos os cortes juntos",
  columns: {
    snapshot: "Data de corte",
    segment: "Segmento",
    priority: "Prioridade",
    openInvoices: "Faturas em aberto",
    openBalance: "Saldo em aberto",
    paidBalance: "Saldo pago",
    collectionRate: "Taxa de cobrança",
    neededInvoices: "Precisaram de cobrador",
    neededBalance: "Saldo que precisou de cobrador",
  },
  total: "Total",
  noPriority: "-",
  liftHeading: "Lift: o saldo em aberto trabalhado em ordem de prioridade",
  liftStep: (share) => (share >= 1 ? "Tudo" : `Primeiros ${Math.round(share * 100)}%`),
  lift: {
    worked: "Saldo em aberto trabalhado",
    found: "Saldo com cobrador encontrado",
    lift: "Lift",
    random: "Ordem aleatória",
  },
  chart: {
    title: "Saldo que precisou de cobrador encontrado, em ordem de prioridade",
    categoryAxis: "Parte do saldo em aberto trabalhada",
    valueAxis: "Parte do saldo que precisou de cobrador encontrada",
  },
  snapshotsHeading: "Cada corte",
  snapshotSegmentsHeading: "Cada corte, por segmento",
  leftOut: {
    undated: "Deixadas de fora: sem data da fatura",
    paidOnUnknownDay: "Deixadas de fora: pagas num dia desconhecido",
    noAmount: "Deixadas de fora: sem valor",
  },
  notesHeading: "O que os números querem dizer",
  notes: (h, w) => [
    "Corte: um dia passado, como um fim de mês. As faturas em aberto nesse dia recebem o Segmento e a Prioridade que as regras lhes dão com o que se sabia nesse dia (linhas posteriores e pagamentos posteriores ficam de fora).",
    `Pago em ${h} dias: pago até a data de corte mais ${h} dias. Taxa de cobrança: esse saldo pago ÷ o saldo em aberto.`,
    `Precisou de cobrador: ainda não paga ${h} dias depois do corte embora já estivesse vencida.`,
    "AUC: a chance de uma fatura que precisou de cobrador ter uma prioridade mais urgente que uma que não precisou (um empate conta metade; faturas sem prioridade ficam de fora). 0,50 é cara ou coroa, 1,00 uma ordem perfeita.",
    "Lift: trabalhe o saldo em aberto em ordem de prioridade, a prioridade 1 primeiro. A tabela mostra a parte do saldo que precisou de cobrador encontrada nos primeiros 10%, 20%, … dele; o lift é essa parte ÷ a parte trabalhada (1,00× é o que uma ordem aleatória encontra). Dentro de uma mesma prioridade nenhuma fatura vem primeiro.",
    `Ligações desnecessárias: entre as faturas cuja estratégia manda uma pessoa (Telefone, Visita), a parte paga mesmo assim em ${w} dias.`,
    "Todos os cortes juntos soma os cortes: uma fatura em aberto em três datas de corte conta três vezes, como um cobrador a encontraria três vezes.",
    "O histórico mostra o que aconteceu com o que a equipe fez então, não o que uma ligação teria mudado: um segmento que foi pago pode ter sido pago porque a equipe cobrou.",
  ],
  compare: {
    title: (a, b) => `Comparação: ${a} (A) e ${b} (B)`,
    headline: (sheet, asOf) =>
      `Na planilha "${sheet}", em ${dayFirst(asOf)}: para onde vai cada fatura dos segmentos de A para os de B, e de quem a prioridade muda.`,
    movesInvoices: "Faturas: segmento de A para baixo, segmento de B para a direita",
    movesBalance: "Saldo em aberto: segmento de A para baixo, segmento de B para a direita",
    corner: "A ↓  B →",
    priorityHeading: "Prioridade com B",
    rose: "Mais urgente",
    fell: "Menos urgente",
    same: "Sem mudança",
    invoices: "Faturas",
    openBalance: "Saldo em aberto",
    sideBySide: (n, first, last, h) =>
      `Backtests lado a lado: ${plural(n, "corte", "cortes")} de ${dayFirst(first)} a ${dayFirst(last)}, o que aconteceu nos ${h} dias seguintes a cada um`,
    found: (side) => `${side}: saldo com cobrador encontrado`,
    liftOf: (side) => `${side}: lift`,
    pooledOf: (side, policy) => `${side}, ${policy}: todos os cortes juntos`,
    changesHeading: (shown, total) =>
      shown < total
        ? `Faturas cuja prioridade muda: os ${count(shown)} maiores saldos em aberto de ${count(total)}`
        : `Faturas cuja prioridade muda (${count(total)})`,
    changeColumns: {
      row: "Linha",
      customer: "Cliente",
      openBalance: "Saldo em aberto",
      daysPastDue: "Dias de atraso",
      firstSegment: "Segmento com A",
      firstPriority: "Prioridade com A",
      secondSegment: "Segmento com B",
      secondPriority: "Prioridade com B",
      change: "Com B",
    },
    noChanges: "Nenhuma fatura muda de prioridade.",
    notes: [
      "As duas configurações segmentam as mesmas linhas na mesma data (B roda na data de A).",
      "Mais urgente: B dá um número de prioridade menor, ou uma prioridade onde A não dava nenhuma. Menos urgente: o contrário.",
      "Contam as faturas que um resumo conta (não as emitidas depois da data); os saldos em aberto são os da data.",
    ],
  },
  pane: {
    heading: "Verificar as regras",
    intro:
      "O que estas regras teriam feito com o passado desta planilha: em cada data, quem elas punham primeiro e quem depois precisou de um cobrador.",
    dates: "Datas de corte",
    datesHint: "AAAA-MM-DD, separadas por vírgulas: para começar, os seis últimos fins de mês que a planilha cobre.",
    horizon: "Dias a observar depois de cada data",
    check: "Verificar as regras",
    checking: "Verificando…",
    compareWith: "Comparar com…",
    compareNothing: "Nada",
    savedRules: "As regras salvas na pasta de trabalho",
    theseRules: "Estas regras",
    preset: (name) => `A predefinição "${name}"`,
    perSegment: "O que aconteceu depois, por segmento",
    chartLabel: "Parte do saldo que precisou de cobrador encontrada, trabalhando o saldo em aberto em ordem de prioridade",
    whoMoves: "Quem muda",
    movesWords: (rose, fell) =>
      `${plural(rose.invoices, "fatura fica", "faturas ficam")} (${money(rose.balance)}) mais urgentes, ` +
      `${plural(fell.invoices, "fatura", "faturas")} (${money(fell.balance)}) menos urgentes.`,
    writeSheet: "Escrever uma planilha Backtest",
    writing: "Escrevendo…",
    written: (sheet) => `Escrito na planilha "${sheet}".`,
    badDate: (text) => `"${text}" não é uma data: escreva como AAAA-MM-DD.`,
    badHorizon: (max) => `Os dias a observar são um número inteiro de 1 a ${max}.`,
    noLedger: "Abra uma planilha com datas de fatura, de vencimento e de pagamento para verificar as regras no seu histórico.",
  },
};
