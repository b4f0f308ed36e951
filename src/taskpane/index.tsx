/**
 * The task pane's entry: waits for Office.onReady, then renders the pane in
 * one FluentProvider — for Excel's workbook when there is a host, or as a
 * plain web page that opens .xlsx / .csv files when there is none.
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { todayIso } from "../engine/parse";
import { latestResult, subscribe } from "../commands/lastResult";
import { createOfficePort } from "../excel/officeWorkbook";
import { App, type Host } from "./components/App";
import { officeReady, readEnvironment, type ReadyInfo } from "./host/environment";
import { activateSheet, recalculateFormulas } from "./host/officeActions";
import { startPreviewRunner } from "./preview/startPreviewWorker";
import { startWorkbookWorker } from "./browser/startWorkbookWorker";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no element with id "container"');
  const root = createRoot(container);
  const render = (info: ReadyInfo): void => {
    const environment = readEnvironment(info);
    document.documentElement.lang = environment.locale;
    // The page around the pane takes the theme's background too (no white frame in a dark theme).
    document.body.style.margin = "0";
    document.body.style.backgroundColor = (environment.dark ? webDarkTheme : webLightTheme).colorNeutralBackground1;
    const host: Host = environment.inOffice
      ? {
          kind: "excel",
          port: createOfficePort(),
          showSheet: (name) => void activateSheet(name),
          onConfigSaved: () => void recalculateFormulas(),
          ribbon: { latest: latestResult, subscribe },
        }
      : { kind: "browser" };
    root.render(
      <App
        host={host}
        locale={environment.locale}
        dark={environment.dark}
        today={todayIso()}
        createRunner={startPreviewRunner}
        connectWorkbook={startWorkbookWorker}
      />,
    );
  };
  // A host reported after the timeout renders the pane again, for the workbook.
  render(await officeReady(10000, render));
}

void start();
