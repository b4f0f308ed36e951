/**
 * The parts of a line chart on a worksheet, as DrawingML (ECMA-376 part 1,
 * §20.5 spreadsheet drawing and §21.2 charts): the drawing that anchors the
 * chart between two cells, and the chart itself — a category axis of text
 * labels, a value axis, one line per series, each series pointing at its
 * cells and carrying their values as its cache, so a viewer that does not
 * recalculate draws the same lines.
 */
import { escapeXml } from "../xml/xmlText";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** One line: its name and values, and the cells (absolute references) they come from. */
export interface LineSeries {
  readonly name: string;
  readonly nameRef: string;
  readonly values: readonly (number | null)[];
  readonly valuesRef: string;
  /** Drawn dashed: a reference line (what a random order would find). */
  readonly dashed?: boolean;
}

export interface LineChartSpec {
  readonly title: string;
  readonly categoryAxis: string;
  readonly valueAxis: string;
  readonly valueFormat: string;
  readonly categories: readonly string[];
  readonly categoriesRef: string;
  readonly series: readonly LineSeries[];
  /** The value axis from 0 to this maximum (1 for shares); automatic when absent. */
  readonly valueMax?: number;
}

/** Where the chart stands: 0-based cells, both corners included. */
export interface ChartPlace {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const COLOURS = ["1F4E79", "C55A11", "548235", "7F7F7F"];

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="en-US" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function titleXml(text: string): string {
  return `<c:title>${richText(text)}<c:overlay val="0"/></c:title>`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function seriesXml(s: LineSeries, index: number, categories: string, format: string): string {
  const colour = COLOURS[index % COLOURS.length];
  const dash = s.dashed ? `<a:prstDash val="dash"/>` : "";
  const points = s.values.map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
    `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${s.dashed ? "none" : "circle"}"/>${s.dashed ? "" : `<c:size val="5"/>`}</c:marker>` +
    categories +
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${s.values.length}"/>${points}</c:numCache></c:numRef></c:val><c:smooth val="0"/></c:ser>`
  );
}

/**
 * A chart part (`xl/charts/chartN.xml`) with one line chart.
 *
 * @example
 * lineChartXml({ title: "Lift", categories: ["First 10%"], categoriesRef: "'Backtest'!$A$31", series: [...], … })
 */
export function lineChartXml(spec: LineChartSpec): string {
  const categories = `<c:cat><c:strRef><c:f>${escapeXml(spec.categoriesRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>`;
  const scaling =
    spec.valueMax === undefined
      ? `<c:scaling><c:orientation val="minMax"/></c:scaling>`
      : `<c:scaling><c:orientation val="minMax"/><c:max val="${spec.valueMax}"/><c:min val="0"/></c:scaling>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `${titleXml(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    spec.series.map((s, i) => seriesXml(s, i, categories, spec.valueFormat)).join("") +
    `<c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `${titleXml(spec.categoryAxis)}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/>${scaling}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `${titleXml(spec.valueAxis)}<c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/**
 * A drawing part (`xl/drawings/drawingN.xml`) anchoring charts between cells:
 * chart k is the drawing relationship `rId{k+1}`.
 *
 * @example
 * drawingXml([{ top: 30, left: 6, bottom: 47, right: 13 }]) // one chart over G31:N48
 */
export function drawingXml(places: readonly ChartPlace[]): string {
  const anchors = places
    .map((p, k) => {
      const corner = (row: number, column: number) =>
        `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${corner(p.top, p.left)}</xdr:from><xdr:to>${corner(p.bottom + 1, p.right + 1)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="Chart ${k + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
        `<c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}
