/**
 * Range.conditionalFormats (ExcelApi 1.6), from "Apply conditional formatting
 * to Excel ranges" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting):
 * `add(Excel.ConditionalFormatType.cellValue)` returns a format whose
 * `cellValue.format.fill.color` / `.font.color` and `cellValue.rule`
 * ({ formula1, operator }) are set afterwards; `clearAll()` removes the formats
 * on the range; `getCount()` counts them.
 * Simplification: clearAll removes every format that touches the range (Excel
 * trims a format that only partly overlaps).
 */
import { DoubleClientResult, type DoubleContext } from "./context";
import { requireUnprotected } from "./refs";
import { intersects, type ConditionalFormatState, type Rect, type SheetState } from "./state";

type Locate = () => { sheet: SheetState; rect: Rect };

export class ConditionalFormatCollectionDouble {
  constructor(
    private readonly ctx: DoubleContext,
    private readonly locate: Locate,
  ) {}

  add(type: string): ConditionalFormatDouble {
    const holder: { state?: ConditionalFormatState } = {};
    this.ctx.enqueue({
      location: "ConditionalFormatCollection.add",
      requestBytes: type.length,
      apply: () => {
        const { sheet, rect } = this.locate();
        requireUnprotected(sheet, "ConditionalFormatCollection.add");
        holder.state = { rect, type };
        sheet.conditionalFormats.push(holder.state);
      },
    });
    return new ConditionalFormatDouble(this.ctx, type, holder);
  }

  clearAll(): void {
    this.ctx.enqueue({
      location: "ConditionalFormatCollection.clearAll",
      requestBytes: 0,
      apply: () => {
        const { sheet, rect } = this.locate();
        requireUnprotected(sheet, "ConditionalFormatCollection.clearAll");
        const keep = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
        sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
      },
    });
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.ctx, "ConditionalFormatCollection.getCount", () => {
      const { sheet, rect } = this.locate();
      return sheet.conditionalFormats.filter((f) => intersects(f.rect, rect)).length;
    });
  }
}

export class ConditionalFormatDouble {
  readonly cellValue: {
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
    rule: { formula1: string; formula2?: string; operator: string };
  };

  constructor(
    ctx: DoubleContext,
    readonly type: string,
    holder: { state?: ConditionalFormatState },
  ) {
    const later = (location: string, bytes: number, apply: (state: ConditionalFormatState) => void): void =>
      ctx.enqueue({
        location,
        requestBytes: bytes,
        apply: () => {
          apply(holder.state!);
        },
      });
    const fill = {
      set color(value: string) {
        later("ConditionalRangeFill.color", value.length, (s) => (s.fill = value));
      },
      get color(): string {
        return holder.state?.fill ?? "";
      },
    };
    const font = {
      set color(value: string) {
        later("ConditionalRangeFont.color", value.length, (s) => (s.fontColor = value));
      },
      get color(): string {
        return holder.state?.fontColor ?? "";
      },
    };
    this.cellValue = {
      format: { fill, font },
      set rule(value: { formula1: string; formula2?: string; operator: string }) {
        later("CellValueConditionalFormat.rule", JSON.stringify(value).length, (s) => (s.rule = { ...value }));
      },
      get rule() {
        return holder.state?.rule ?? { formula1: "", operator: "" };
      },
    };
  }
}
