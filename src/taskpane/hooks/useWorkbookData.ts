import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RunError } from "../../workbook/errors";
import type { SheetRegion, WorkbookPort } from "../../workbook/port";
import type { PreviewData } from "../preview/previewTypes";

export interface ReadRequest {
  readonly sheet?: string;
  readonly useSelection?: boolean;
}

export type DataState =
  | { readonly status: "reading" }
  | { readonly status: "ready"; readonly region: SheetRegion; readonly sheets: readonly string[]; readonly fromSelection: boolean }
  | { readonly status: "failed"; readonly error: RunError; readonly sheets: readonly string[] };

export interface WorkbookData {
  readonly state: DataState;
  /** The rows the preview segments; undefined until a region is read. */
  readonly previewData: PreviewData | undefined;
  read(request: ReadRequest): void;
}

/**
 * Reads the sheet's data region once through the port (the active sheet's
 * table or used range, another sheet, or the selection), for the mapping list
 * and the preview. A newer read supersedes an older one still under way.
 */
export function useWorkbookData(port: WorkbookPort): WorkbookData {
  const [state, setState] = useState<DataState>({ status: "reading" });
  const latest = useRef(0);

  const read = useCallback(
    (request: ReadRequest) => {
      const generation = ++latest.current;
      setState({ status: "reading" });
      void (async () => {
        const list = await port.listSheets();
        const sheets = list.ok ? list.value.sheets : [];
        const region = list.ok ? await port.readRegion({ sheet: request.sheet, useSelection: request.useSelection }) : list;
        if (generation !== latest.current) return;
        setState(
          region.ok
            ? { status: "ready", region: region.value, sheets, fromSelection: request.useSelection === true }
            : { status: "failed", error: region.error, sheets },
        );
      })();
    },
    [port],
  );

  useEffect(() => {
    read({});
    return () => {
      latest.current++;
    };
  }, [read]);

  const region = state.status === "ready" ? state.region : undefined;
  const previewData = useMemo<PreviewData | undefined>(
    () =>
      region
        ? { values: region.values, sheet: region.sheet, date1904: region.date1904, origin: { top: region.top, left: region.left } }
        : undefined,
    [region],
  );
  return { state, previewData, read };
}
