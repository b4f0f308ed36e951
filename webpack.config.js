/**
 * Builds the Excel add-in: one page (taskpane.html) that hosts the shared runtime, three
 * entries (functions, commands, taskpane), functions.json from the JSDoc of the custom
 * functions, the icons, office.js and the manifest.
 *
 * Options (webpack `--env name=value`, or environment variables):
 *   urlProd=<https URL ending in />   AR_SEG_URL_PROD   production URL; with --mode production,
 *                                                       every https://localhost:3000/ in the
 *                                                       copied manifest becomes this URL.
 *   officeJs=local|cdn                AR_SEG_OFFICE_JS  where the page loads office.js from.
 *                                                       Default: cdn for a production build with
 *                                                       urlProd, local otherwise (a copy of
 *                                                       @microsoft/office-js/dist in office-js/).
 *   http=true                         AR_SEG_DEV_HTTP=1 dev server over plain http (no certificates).
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = __dirname;
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;

/**
 * Entry points, in the order the page runs them: custom functions and ribbon handlers register
 * before the React task pane renders, so an early formula or ribbon click finds its handler.
 */
const ENTRIES = {
  functions: "./src/functions/functions.ts",
  commands: "./src/commands/commands.ts",
  taskpane: "./src/taskpane/index.tsx",
};

/** The chunks taskpane.html loads: in a shared runtime this page hosts every part of the add-in. */
const TASKPANE_CHUNKS = ["functions", "commands", "taskpane"];

/** Files of the build output that the manifest points at (checked by scripts/validate-manifest.js). */
const OUTPUT_FILES = ["taskpane.html", "help.html", "manifest.xml", "functions.json", ...Object.keys(ENTRIES).map((e) => `${e}.js`)];

/**
 * Reads and checks the build options from webpack's env/argv and the process environment.
 * @example resolveBuildOptions({ urlProd: "https://example.com/addin" }, { mode: "production" })
 * //=> { mode: "production", dev: false, urlProd: "https://example.com/addin/", officeJs: "cdn", forceHttp: false }
 */
function resolveBuildOptions(env = {}, argv = {}, environment = process.env) {
  const mode = argv.mode || env.mode || "production"; // webpack's own default mode
  const dev = mode === "development";
  const urlProdRaw = env.urlProd || environment.AR_SEG_URL_PROD || undefined;
  const urlProd = urlProdRaw === undefined ? undefined : normalizeBaseUrl(urlProdRaw);
  const officeJs = env.officeJs || environment.AR_SEG_OFFICE_JS || (!dev && urlProd ? "cdn" : "local");
  if (officeJs !== "local" && officeJs !== "cdn") {
    throw new Error(`officeJs must be "local" or "cdn", not "${officeJs}"`);
  }
  const forceHttp = env.http === true || env.http === "true" || environment.AR_SEG_DEV_HTTP === "1";
  return { mode, dev, urlProd, officeJs, forceHttp };
}

/** Checks that a production URL is an absolute https URL and gives it a trailing slash. */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch (cause) {
    throw new Error(`urlProd is not a URL: "${raw}"`, { cause });
  }
  if (url.protocol !== "https:") throw new Error(`urlProd must use https (Office requires it): "${raw}"`);
  if (url.search || url.hash) throw new Error(`urlProd must not have a query or a fragment: "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites the dev URLs of a manifest to a production base URL: every `https://localhost:3000/...`
 * becomes `<urlProd>...`, and a bare `https://localhost:3000` (an AppDomain) becomes the production
 * origin.
 * @example rewriteManifestUrls('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', "https://example.com/addin/")
 * //=> '<SourceLocation DefaultValue="https://example.com/addin/taskpane.html"/>'
 */
function rewriteManifestUrls(xml, urlProd, urlDev = DEV_URL) {
  const base = normalizeBaseUrl(urlProd);
  const origin = new URL(base).origin;
  const devOrigin = urlDev.replace(/\/$/, "");
  const pattern = new RegExp(`${devOrigin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(/?)`, "g");
  // One pass, so a production URL that itself contains the dev URL is not rewritten twice.
  return String(xml).replace(pattern, (_match, slash) => (slash ? base : origin));
}

/** The copy of @microsoft/office-js served beside the page: office.js fetches its host and locale files from there. */
function officeJsCopyPattern() {
  return {
    from: "**/*",
    context: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
    to: "office-js/",
    // Debug builds are only loaded through office.debug.js; type files are not runtime files.
    globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
    // Already minified: keep terser away from 30 MB of Microsoft's files.
    info: { minimized: true },
  };
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs; plain http when certificates
 * can't be made (Linux CI without sudo, or AR_SEG_DEV_HTTP=1). Office needs https: http is for
 * browser tests of the page only.
 */
async function devServerTransport(forceHttp, getCerts = () => require("office-addin-dev-certs").getHttpsServerOptions()) {
  if (forceHttp) return { type: "http" };
  try {
    const { ca, key, cert } = await getCerts();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    console.warn(
      `[webpack] No development certificates (${error instanceof Error ? error.message.split("\n")[0] : error}); ` +
        "serving over http. Office requires https: run `npx office-addin-dev-certs install` and restart.",
    );
    return { type: "http" };
  }
}

/**
 * The webpack configuration, without the dev server transport (which may need certificates).
 * `entries` exists for tests that build scratch sources; the add-in always uses ENTRIES.
 * @example createConfig(resolveBuildOptions({}, { mode: "development" })).entry.taskpane //=> "./src/taskpane/index.tsx"
 */
function createConfig(options, entries = ENTRIES) {
  const { mode, dev, urlProd, officeJs } = options;
  const rewrite = !dev && urlProd !== undefined;
  const functionsInput = path.resolve(ROOT, entries.functions);

  return {
    mode,
    context: ROOT,
    devtool: "source-map",
    entry: entries,
    output: {
      path: path.resolve(ROOT, "dist"),
      filename: "[name].js", // fixed names: the manifest points at functions.js
      // Keep dist/node: the command line compiled by `npm install` (tsc -p tsconfig.cli.json) lives there.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      alias: {
        // ExcelJS's own browser bundle carries its node polyfills (stream, buffer, zlib…), which
        // webpack 5 no longer provides. `exceljs$` matches the bare import only.
        exceljs$: require.resolve("exceljs/dist/exceljs.min.js"),
      },
    },
    module: {
      // A finished UMD bundle: nothing in it for webpack to resolve, and parsing it is slow.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // `npx tsc --noEmit` type-checks; the build only strips types
              // ES modules let webpack tree-shake Fluent UI; tsconfig's commonjs is for node and jest.
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the page: a module imported by the functions, the commands and
      // the task pane is one instance, so the three parts share state as a shared runtime intends.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functionsInput, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: TASKPANE_CHUNKS,
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl: officeJs === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (rewrite ? rewriteManifestUrls(content.toString(), urlProd) : content),
          },
          ...(officeJs === "local" ? [officeJsCopyPattern()] : []),
        ],
      }),
    ],
    // Fluent UI and ExcelJS make multi-megabyte bundles; the hints would only repeat that.
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: DEV_SERVER_PORT,
      static: false,
      hot: false, // Office reloads the page; HMR in a shared runtime would re-register handlers
      liveReload: true,
    },
  };
}

/** webpack-cli entry: `webpack --mode development|production [--env urlProd=… officeJs=…]`. */
async function webpackConfig(env = {}, argv = {}) {
  const options = resolveBuildOptions(env, argv);
  const config = createConfig(options);
  if (env.WEBPACK_SERVE) config.devServer.server = await devServerTransport(options.forceHttp);
  return config;
}

module.exports = webpackConfig;
Object.assign(module.exports, {
  DEV_URL,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL,
  ENTRIES,
  TASKPANE_CHUNKS,
  OUTPUT_FILES,
  resolveBuildOptions,
  normalizeBaseUrl,
  rewriteManifestUrls,
  createConfig,
  devServerTransport,
});
