/**
 * Charts, from "Work with charts using the Excel JavaScript API"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts):
 * `worksheet.charts.add(type, sourceData: Range, seriesBy)` (ExcelApi 1.1),
 * `chart.title.text`, `chart.setPosition(startCell, endCell)`. The source is a
 * Range: a chart over a PivotTable (a PivotChart) cannot be created through the API.
 */
import { DoubleCollection } from "./collection";
import { DoubleClientResult, DoubleObject, type DoubleContext } from "./context";
import { ExcelDoubleError } from "./errors";
import { RangeDouble } from "./range";
import { requireUnprotected, type SheetRef } from "./refs";
import type { ChartState } from "./state";

export class ChartCollectionDouble extends DoubleCollection<ChartDouble> {
  constructor(
    ctx: DoubleContext,
    private readonly sheetRef: SheetRef,
  ) {
    super(ctx, "ChartCollection");
  }

  protected currentItems(): ChartDouble[] {
    return this.sheetRef().charts.map((c) => new ChartDouble(this.ctx, { state: c }));
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.ctx, "ChartCollection.getCount", () => this.sheetRef().charts.length);
  }

  add(type: string, sourceData: unknown, seriesBy: string = "Auto"): ChartDouble {
    const holder: { state?: ChartState } = {};
    this.command("add", { type, seriesBy }, () => {
      if (!(sourceData instanceof RangeDouble)) throw new ExcelDoubleError("InvalidArgument", "ChartCollection.add");
      const sheet = this.sheetRef();
      requireUnprotected(sheet, "ChartCollection.add");
      holder.state = { type, sourceRect: sourceData.locate("ChartCollection.add").rect, seriesBy };
      sheet.charts.push(holder.state);
    });
    return new ChartDouble(this.ctx, holder);
  }
}

export class ChartDouble extends DoubleObject {
  readonly title: { text: string };

  constructor(
    ctx: DoubleContext,
    private readonly holder: { state?: ChartState },
  ) {
    super(ctx, "Chart");
    const later = (location: string, apply: (s: ChartState) => void): void => this.command(location, null, () => apply(holder.state!));
    this.title = {
      set text(value: string) {
        later("title.text", (s) => (s.title = value));
      },
      get text(): string {
        return holder.state?.title ?? "";
      },
    };
  }

  protected override readProperty(name: string): unknown {
    const s = this.holder.state!;
    if (name === "chartType") return s.type;
    throw new ExcelDoubleError("InvalidArgument", `Chart.load(${name})`);
  }

  setPosition(start: string, end?: string): void {
    this.command("setPosition", { start, end }, () => (this.holder.state!.position = { start, end }));
  }
}
