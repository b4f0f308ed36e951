// Types for tests that import webpack.config.js (a CommonJS module run by webpack-cli).
import type { Configuration } from "webpack";

export interface BuildOptions {
  mode: "development" | "production" | "none";
  dev: boolean;
  urlProd: string | undefined;
  officeJs: "local" | "cdn";
  forceHttp: boolean;
}

export interface DevServerOptions {
  headers: Record<string, string>;
  port: number;
  static: false;
  hot: boolean;
  liveReload: boolean;
  server?: ServerTransport;
}

/** webpack's Configuration plus the dev server block webpack-dev-server reads. */
export type AddinConfiguration = Configuration & { devServer: DevServerOptions };

export type ServerTransport = { type: "http" } | { type: "https"; options: { ca: unknown; key: unknown; cert: unknown } };

declare function webpackConfig(env?: Record<string, unknown>, argv?: { mode?: string }): Promise<AddinConfiguration>;

declare namespace webpackConfig {
  const DEV_URL: string;
  const OFFICE_JS_CDN: string;
  const OFFICE_JS_LOCAL: string;
  const ENTRIES: Readonly<Record<"functions" | "commands" | "taskpane", string>>;
  const TASKPANE_CHUNKS: readonly string[];
  const OUTPUT_FILES: readonly string[];
  function resolveBuildOptions(
    env?: Record<string, unknown>,
    argv?: { mode?: string },
    environment?: Record<string, string | undefined>,
  ): BuildOptions;
  function normalizeBaseUrl(raw: string): string;
  function rewriteManifestUrls(xml: string, urlProd: string, urlDev?: string): string;
  function createConfig(options: BuildOptions, entries?: Record<string, string>): AddinConfiguration;
  function devServerTransport(
    forceHttp: boolean,
    getCerts?: () => Promise<{ ca: unknown; key: unknown; cert: unknown }>,
  ): Promise<ServerTransport>;
}

export = webpackConfig;
