/** Las palabras de las hojas Backtest y Comparación, en español. */
import type { BacktestTexts } from "./backtestTypes";
import { dayFirst, fixedNumber } from "./numbers";

const money = (value: number) => fixedNumber(value, 2, ".", ",");
const count = (value: number) => fixedNumber(value, 0, ".", ",");
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export const backtestEs: BacktestTexts = {
  sheetName: "Backtest",
  compareSheetName: "Comparación",
  dateFormat: "dd/mm/yyyy",
  title: "Backtest: ¿la prioridad encuentra las facturas que necesitaron un gestor?",
  headline: (h) =>
    `${h.policy} en la hoja «${h.sheet}»: ${plural(h.snapshots, "corte", "cortes")} del ${dayFirst(h.first)} al ${dayFirst(h.last)}, ` +
    `y lo que pasó en los ${h.horizonDays} días siguientes a cada uno (la historia del libro llega al ${dayFirst(h.historyEnd)}).`,
  rankingHeading: "Qué tan bien ordena la prioridad",
  auc: "AUC",
  aucWords: (auc) => {
    if (auc === null) return "Ninguna factura abierta necesitó un gestor, o todas lo necesitaron: no hay orden que medir.";
    const verdict =
      auc < 0.5 ? " Peor que el azar: trabajar en este orden encuentra las que necesitan una llamada más tarde que un orden al azar." : "";
    return `La prioridad pone primero a las cuentas que necesitaron un gestor ${Math.round(auc * 10)} de cada 10 veces (0,50 es lanzar una moneda).${verdict}`;
  },
  unneededCalls: "Llamadas innecesarias",
  callWords: (calls) =>
    calls.share === null
      ? "Ninguna estrategia envió a una persona (Teléfono, Visita) a una factura abierta."
      : `${count(calls.paidWithinWeek)} de las ${plural(calls.invoices, "factura", "facturas")} a las que una estrategia envió a una persona (Teléfono, Visita) ${calls.paidWithinWeek === 1 ? "se pagó" : "se pagaron"} igual en ${calls.windowDays} días.`,
  paidWithin: (days) => `Pagado en ${days} días`,
  paidWords: (paid, open) => `${money(paid)} de un saldo abierto de ${money(open)}.`,
  pooledHeading: "Todos los cortes juntos",
  columns: {
    snapshot: "Fecha de corte",
    segment: "Segmento",
    priority: "Prioridad",
    openInvoices: "Facturas abiertas",
    openBalance: "Saldo abierto",
    paidBalance: "Saldo pagado",
    collectionRate: "Tasa de cobro",
    neededInvoices: "Necesitaron un gestor",
    neededBalance: "Saldo que necesitó gestor",
  },
  total: "Total",
  noPriority: "-",
  liftHeading: "Lift: el saldo abierto trabajado en orden de prioridad",
  liftStep: (share) => (share >= 1 ? "Todo" : `Primer ${Math.round(share * 100)} %`),
  lift: {
    worked: "Saldo abierto trabajado",
    found: "Saldo con gestor encontrado",
    lift: "Lift",
    random: "Orden al azar",
  },
  chart: {
    title: "Saldo que necesitó gestor encontrado, en orden de prioridad",
    categoryAxis: "Parte del saldo abierto trabajada",
    valueAxis: "Parte del saldo que necesitó gestor encontrada",
  },
  snapshotsHeading: "Cada corte",
  snapshotSegmentsHeading: "Cada corte, por segmento",
  leftOut: {
    undated: "Excluidas: sin fecha de factura",
    paidOnUnknownDay: "Excluidas: pagadas en un día desconocido",
    noAmount: "Excluidas: sin importe",
  },
  notesHeading: "Qué significan las cifras",
  notes: (h, w) => [
    "Corte: un día pasado, como un fin de mes. Las facturas abiertas ese día reciben el Segmento y la Prioridad que les dan las reglas con lo que se sabía ese día (se dejan fuera las filas posteriores y los pagos posteriores).",
    `Pagado en ${h} días: pagado a más tardar en la fecha de corte más ${h} días. Tasa de cobro: ese saldo pagado ÷ el saldo abierto.`,
    `Necesitó un gestor: seguía sin pagar ${h} días después del corte aunque ya había vencido.`,
    "AUC: la probabilidad de que una factura que necesitó un gestor tenga una prioridad más urgente que una que no (un empate cuenta la mitad; las facturas sin prioridad se dejan fuera). 0,50 es lanzar una moneda, 1,00 un orden perfecto.",
    "Lift: trabaje el saldo abierto en orden de prioridad, la prioridad 1 primero. La tabla muestra la parte del saldo que necesitó gestor encontrada en el primer 10 %, 20 %, … de él; el lift es esa parte ÷ la parte trabajada (1,00× es lo que encuentra un orden al azar). Dentro de una misma prioridad ninguna factura va primero.",
    `Llamadas innecesarias: entre las facturas cuya estrategia envía a una persona (Teléfono, Visita), la parte pagada igual en ${w} días.`,
    "Todos los cortes juntos suma los cortes: una factura abierta en tres fechas de corte cuenta tres veces, como un gestor la encontraría tres veces.",
    "La historia muestra lo que pasó con lo que el equipo hizo entonces, no lo que una llamada habría cambiado: un segmento que se pagó puede haberse pagado porque el equipo lo gestionó.",
  ],
  compare: {
    title: (a, b) => `Comparación: ${a} (A) y ${b} (B)`,
    headline: (sheet, asOf) =>
      `En la hoja «${sheet}», al ${dayFirst(asOf)}: adónde va cada factura de los segmentos de A a los de B, y a quién le cambia la prioridad.`,
    movesInvoices: "Facturas: segmento de A hacia abajo, segmento de B hacia la derecha",
    movesBalance: "Saldo abierto: segmento de A hacia abajo, segmento de B hacia la derecha",
    corner: "A ↓  B →",
    priorityHeading: "Prioridad con B",
    rose: "Más urgente",
    fell: "Menos urgente",
    same: "Sin cambio",
    invoices: "Facturas",
    openBalance: "Saldo abierto",
    sideBySide: (n, first, last, h) =>
      `Backtests lado a lado: ${plural(n, "corte", "cortes")} del ${dayFirst(first)} al ${dayFirst(last)}, lo que pasó en los ${h} días siguientes a cada uno`,
    found: (side) => `${side}: saldo con gestor encontrado`,
    liftOf: (side) => `${side}: lift`,
    pooledOf: (side, policy) => `${side}, ${policy}: todos los cortes juntos`,
    changesHeading: (shown, total) =>
      shown < total
        ? `Facturas a las que les cambia la prioridad: los ${count(shown)} saldos abiertos mayores de ${count(total)}`
        : `Facturas a las que les cambia la prioridad (${count(total)})`,
    changeColumns: {
      row: "Fila",
      customer: "Cliente",
      openBalance: "Saldo abierto",
      daysPastDue: "Días de atraso",
      firstSegment: "Segmento con A",
      firstPriority: "Prioridad con A",
      secondSegment: "Segmento con B",
      secondPriority: "Prioridad con B",
      change: "Con B",
    },
    noChanges: "A ninguna factura le cambia la prioridad.",
    notes: [
      "Ambas configuraciones segmentan las mismas filas a la misma fecha (B se ejecuta a la fecha de A).",
      "Más urgente: B da un número de prioridad menor, o una prioridad donde A no daba ninguna. Menos urgente: al revés.",
      "Se cuentan las facturas que cuenta un resumen (no las emitidas después de la fecha); los saldos abiertos son a la fecha.",
    ],
  },
  pane: {
    heading: "Comprobar las reglas",
    intro:
      "Lo que estas reglas habrían hecho con el pasado de este libro: en cada fecha, a quién ponían primero y quién necesitó después un gestor.",
    dates: "Fechas de corte",
    datesHint: "AAAA-MM-DD, separadas por comas: para empezar, los últimos seis fines de mes que cubre el libro.",
    horizon: "Días a observar después de cada fecha",
    check: "Comprobar las reglas",
    checking: "Comprobando…",
    compareWith: "Comparar con…",
    compareNothing: "Nada",
    savedRules: "Las reglas guardadas en el libro",
    theseRules: "Estas reglas",
    preset: (name) => `El preajuste «${name}»`,
    perSegment: "Lo que pasó después, por segmento",
    chartLabel: "Parte del saldo que necesitó gestor encontrada, trabajando el saldo abierto en orden de prioridad",
    whoMoves: "Quién se mueve",
    movesWords: (rose, fell) =>
      `${plural(rose.invoices, "factura pasa", "facturas pasan")} (${money(rose.balance)}) a más urgente, ` +
      `${plural(fell.invoices, "factura", "facturas")} (${money(fell.balance)}) a menos urgente.`,
    writeSheet: "Escribir una hoja Backtest",
    writing: "Escribiendo…",
    written: (sheet) => `Escrito en la hoja «${sheet}».`,
    badDate: (text) => `«${text}» no es una fecha: escríbala como AAAA-MM-DD.`,
    badHorizon: (max) => `Los días a observar son un número entero de 1 a ${max}.`,
    noLedger: "Abra una hoja con fechas de factura, de vencimiento y de pago para comprobar las reglas con su historia.",
  },
};
