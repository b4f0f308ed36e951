import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { SUMMARY_SHEET } from "../../workbook/segmentWorkbook";
import { I18nContext, i18nFor, useI18n } from "../i18n";
import type { PreviewRunner } from "../preview/previewTypes";
import { BrowserWorkbook } from "./BrowserWorkbook";
import type { RemoteWorkbook } from "../browser/workbookClient";
import { Pane } from "./Pane";
import { RibbonResult } from "./RibbonResult";
import type { RibbonResults } from "../hooks/useRibbonResult";
import { usePaneStyles } from "./styles";

/** Where the pane runs: in Excel with its workbook, or as a web page that opens files. */
export type Host =
  | {
      readonly kind: "excel";
      readonly port: WorkbookPort;
      readonly showSheet: (name: string) => void;
      readonly ribbon?: RibbonResults;
      /** After the configuration is saved: the custom functions pick it up. */
      readonly onConfigSaved?: () => void;
    }
  | { readonly kind: "browser" };

export interface AppProps {
  readonly host: Host;
  readonly locale: string;
  readonly dark: boolean;
  readonly today: string;
  readonly createRunner: () => PreviewRunner;
  /** The browser page's workbook host (a Web Worker); this thread when absent. */
  readonly connectWorkbook?: () => RemoteWorkbook;
}

/** The whole pane: theme, language, and the face for the host. */
export function App({ host, locale, dark, today, createRunner, connectWorkbook }: AppProps) {
  const i18n = useMemo(() => i18nFor(locale), [locale]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={i18n.language}>
      <I18nContext.Provider value={i18n}>
        <Main host={host} today={today} createRunner={createRunner} connectWorkbook={connectWorkbook} />
      </I18nContext.Provider>
    </FluentProvider>
  );
}

function Main({ host, today, createRunner, connectWorkbook }: Pick<AppProps, "host" | "today" | "createRunner" | "connectWorkbook">) {
  const styles = usePaneStyles();
  const { m } = useI18n();
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{m.appTitle}</h1>
      {host.kind === "excel" ? (
        <>
          {host.ribbon && <RibbonResult results={host.ribbon} />}
          <Pane
            port={host.port}
            inOffice
            today={today}
            createRunner={createRunner}
            showSummary={(sheet) => host.showSheet(sheet ?? SUMMARY_SHEET)}
            onConfigSaved={host.onConfigSaved}
          />
        </>
      ) : (
        <BrowserWorkbook today={today} connect={connectWorkbook} />
      )}
    </main>
  );
}
