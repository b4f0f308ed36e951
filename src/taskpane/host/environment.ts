/**
 * What the pane needs to know about where it runs, read from the Office globals
 * (in Excel) or the browser (as a plain web page). The only module of the pane
 * besides officeActions.ts that reads `Office`.
 */
export interface PaneEnvironment {
  /** True inside Excel; false when the page runs in a browser with no Office host. */
  readonly inOffice: boolean;
  /** BCP 47 tag for texts, numbers and dates. */
  readonly locale: string;
  readonly dark: boolean;
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white); undefined when it isn't one. */
export function luminanceOf(colour: string | undefined): number | undefined {
  const match = colour ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim()) : null;
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The environment from what `Office.onReady` reported: Office's display
 * language and theme in Excel, the browser's language and colour scheme outside.
 */
export function readEnvironment(info: { readonly host: unknown }): PaneEnvironment {
  const inOffice = info.host !== null && info.host !== undefined;
  if (inOffice) {
    const context = typeof Office !== "undefined" ? Office.context : undefined;
    const background = context?.officeTheme?.bodyBackgroundColor;
    const luminance = luminanceOf(background);
    return { inOffice, locale: context?.displayLanguage || navigatorLocale(), dark: luminance !== undefined && luminance < 0.2 };
  }
  const dark =
    typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return { inOffice, locale: navigatorLocale(), dark };
}

function navigatorLocale(): string {
  return (typeof navigator !== "undefined" && navigator.language) || "en-US";
}

/** What `Office.onReady` reported: the host, or null outside Office. */
export interface ReadyInfo {
  readonly host: Office.HostType | null;
}

/**
 * Waits for office.js; resolves with no host when office.js is missing or never
 * answers in time (a page opened from disk without its office-js folder), so the
 * pane still starts as a web page. Inside a slow Excel the answer can come after
 * the timeout: `onLateHost` is then told (once) that Office did report a host, so
 * the pane can switch to the workbook instead of staying a web page for good.
 *
 * @example
 * render(await officeReady(10000, render)); // render again if Excel answers late
 */
export function officeReady(timeoutMs = 10000, onLateHost?: (info: ReadyInfo) => void): Promise<ReadyInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve({ host: null });
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      resolve({ host: null });
    }, timeoutMs);
    void Office.onReady((info) => {
      const host = info.host ?? null;
      if (!timedOut) {
        clearTimeout(timer);
        resolve({ host });
      } else if (host !== null) onLateHost?.({ host });
    });
  });
}
