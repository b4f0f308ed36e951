import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import type { Grid } from "../../../src/engine/cell";
import { Pane } from "../../../src/taskpane/components/Pane";
import { I18nContext, i18nFor } from "../../../src/taskpane/i18n";
import { createInThreadRunner } from "../../../src/taskpane/preview/inThreadRunner";
import type { PreviewRunner } from "../../../src/taskpane/preview/previewTypes";
import { memoryPort, SMALL_LEDGER, TODAY, type MemoryPort } from "./memoryPort";

// Fluent UI's first render in jsdom is slow; the default 1 s wait for elements is too tight on a busy machine.
configure({ asyncUtilTimeout: 5000 });

export interface RenderedPane {
  readonly port: MemoryPort;
  readonly view: ReturnType<typeof render>;
}

/** Renders the pane over an in-memory sheet, in English (or another locale), previews on this thread. */
export function renderPane(
  options: {
    values?: Grid;
    locale?: string;
    runner?: () => PreviewRunner;
    port?: MemoryPort;
    onConfigSaved?: () => void;
    today?: string;
  } = {},
): RenderedPane {
  const port = options.port ?? memoryPort(options.values ?? SMALL_LEDGER);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18nFor(options.locale ?? "en-US")}>
        <Pane
          port={port}
          inOffice={false}
          today={options.today ?? TODAY}
          createRunner={options.runner ?? createInThreadRunner}
          onConfigSaved={options.onConfigSaved}
        />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { port, view };
}
