import * as fs from "fs";
import * as path from "path";
import webpackConfig = require("../../webpack.config");

const ROOT = path.resolve(__dirname, "../..");
const { createConfig, resolveBuildOptions, rewriteManifestUrls, devServerTransport, OFFICE_JS_CDN, OFFICE_JS_LOCAL } = webpackConfig;

type Plugin = { constructor: { name: string }; userOptions?: Record<string, unknown>; patterns?: CopyPattern[] };
type CopyPattern = { from: string; to: string; transform?: (content: Buffer) => Buffer | string };

const configFor = (env: Record<string, unknown>, mode: string, environment: Record<string, string | undefined> = {}) =>
  createConfig(resolveBuildOptions(env, { mode }, environment));
const plugins = (config: ReturnType<typeof createConfig>) => (config.plugins ?? []) as unknown as Plugin[];
const htmlOptions = (config: ReturnType<typeof createConfig>) =>
  plugins(config).find((p) => p.constructor.name === "HtmlWebpackPlugin")?.userOptions as Record<string, unknown>;
const copyPatterns = (config: ReturnType<typeof createConfig>) =>
  plugins(config).find((p) => p.constructor.name === "CopyPlugin")?.patterns ?? [];

describe("webpack entries and pages", () => {
  const config = configFor({}, "development");

  it("has one entry per part of the add-in, each an existing file", () => {
    expect(config.entry).toEqual({
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    });
    for (const file of Object.values(config.entry as Record<string, string>)) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
  });

  it("loads the functions, commands and task pane bundles on the one shared-runtime page, in that order", () => {
    const html = htmlOptions(config);
    expect(html.filename).toBe("taskpane.html");
    expect(html.chunks).toEqual(["functions", "commands", "taskpane"]);
    expect(html.chunksSortMode).toBe("manual");
  });

  it("shares one webpack runtime between the bundles of the page", () => {
    expect(config.optimization?.runtimeChunk).toBe("single");
  });

  it("generates functions.json from the functions entry", () => {
    const cf = plugins(config).find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin") as unknown as {
      options: { input: string; output: string };
    };
    expect(cf.options).toEqual({ input: path.join(ROOT, "src/functions/functions.ts"), output: "functions.json" });
  });

  it("resolves exceljs to its self-contained browser bundle", () => {
    expect(config.resolve?.alias).toMatchObject({ exceljs$: require.resolve("exceljs/dist/exceljs.min.js") });
  });

  it("copies the icons and the manifest", () => {
    const froms = copyPatterns(config).map((p) => p.from);
    expect(froms).toEqual(expect.arrayContaining(["assets/*.png", "manifest.xml", "src/help/help.html"]));
  });
});

describe("office.js source", () => {
  it("is the local copy in a development build", () => {
    const config = configFor({}, "development");
    expect(htmlOptions(config).templateParameters).toEqual({ officeJsUrl: OFFICE_JS_LOCAL });
    expect(copyPatterns(config).some((p) => p.to === "office-js/")).toBe(true);
  });

  it("is the local copy in a production build without a production URL", () => {
    expect(resolveBuildOptions({}, { mode: "production" }, {}).officeJs).toBe("local");
  });

  it("is Microsoft's CDN in a production build with a production URL, and nothing is copied", () => {
    const config = configFor({ urlProd: "https://example.com/addin/" }, "production");
    expect(htmlOptions(config).templateParameters).toEqual({ officeJsUrl: OFFICE_JS_CDN });
    expect(copyPatterns(config).some((p) => p.to === "office-js/")).toBe(false);
  });

  it("follows an explicit officeJs option over the default", () => {
    expect(resolveBuildOptions({ officeJs: "cdn" }, { mode: "development" }, {}).officeJs).toBe("cdn");
    expect(resolveBuildOptions({ urlProd: "https://example.com/" }, { mode: "production" }, { AR_SEG_OFFICE_JS: "local" }).officeJs).toBe(
      "local",
    );
  });

  it("rejects an unknown officeJs value", () => {
    expect(() => resolveBuildOptions({ officeJs: "somewhere" }, { mode: "development" }, {})).toThrow(/local.*cdn/);
  });
});

describe("manifest URL rewrite", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const manifestTransform = (config: ReturnType<typeof createConfig>) => {
    const pattern = copyPatterns(config).find((p) => p.from === "manifest.xml");
    return (xml: string) => String(pattern!.transform!(Buffer.from(xml)));
  };

  it("rewrites every dev URL to the production URL and the AppDomain to its origin", () => {
    const out = rewriteManifestUrls(manifest, "https://example.com/addin/");
    expect(out).not.toContain("localhost");
    expect(out).toContain('<SourceLocation DefaultValue="https://example.com/addin/taskpane.html" />');
    expect(out).toContain('DefaultValue="https://example.com/addin/assets/icon-segment-16.png"');
    expect(out).toContain("<AppDomain>https://example.com</AppDomain>");
  });

  it("changes nothing but the URLs", () => {
    const out = rewriteManifestUrls(manifest, "https://example.com/addin/");
    expect(
      out
        .replace(/https:\/\/example\.com\/addin\//g, "https://localhost:3000/")
        .replace("<AppDomain>https://example.com<", "<AppDomain>https://localhost:3000<"),
    ).toBe(manifest);
  });

  it("does not rewrite a production URL that itself contains the dev URL twice", () => {
    expect(rewriteManifestUrls('"https://localhost:3000/a.html"', "https://localhost:3000/v2/")).toBe('"https://localhost:3000/v2/a.html"');
  });

  it("is applied by a production build with urlProd, from --env or AR_SEG_URL_PROD", () => {
    const fromEnv = manifestTransform(configFor({ urlProd: "https://example.com/addin" }, "production"));
    expect(fromEnv(manifest)).toContain("https://example.com/addin/functions.js");
    const fromVar = manifestTransform(configFor({}, "production", { AR_SEG_URL_PROD: "https://prod.example.org/" }));
    expect(fromVar(manifest)).toContain("https://prod.example.org/functions.json");
  });

  it("is not applied in development, even with urlProd", () => {
    const transform = manifestTransform(configFor({ urlProd: "https://example.com/addin/" }, "development"));
    expect(transform(manifest)).toBe(manifest);
  });

  it("rejects a production URL that is not https", () => {
    expect(() => resolveBuildOptions({ urlProd: "http://example.com/" }, { mode: "production" }, {})).toThrow(/https/);
    expect(() => resolveBuildOptions({ urlProd: "not a url" }, { mode: "production" }, {})).toThrow(/not a URL/);
  });
});

describe("dev server", () => {
  it("serves https with the development certificates when they can be made", async () => {
    const certs = { ca: "CA", key: "KEY", cert: "CERT" };
    await expect(devServerTransport(false, async () => certs)).resolves.toEqual({ type: "https", options: certs });
  });

  it("falls back to http when the certificates can't be made", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await expect(devServerTransport(false, async () => Promise.reject(new Error("sudo: not found")))).resolves.toEqual({ type: "http" });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("sudo: not found"));
    } finally {
      warn.mockRestore();
    }
  });

  it("uses http without asking for certificates when told to", async () => {
    const getCerts = jest.fn();
    await expect(devServerTransport(true, getCerts)).resolves.toEqual({ type: "http" });
    expect(getCerts).not.toHaveBeenCalled();
  });

  it("listens on port 3000 with CORS open, and gets its transport only when serving", async () => {
    const built = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(built.devServer).toMatchObject({ port: 3000, headers: { "Access-Control-Allow-Origin": "*" } });
    expect(built.devServer?.server).toBeUndefined();
    const served = await webpackConfig({ WEBPACK_SERVE: true, http: true }, { mode: "development" });
    expect(served.devServer?.server).toEqual({ type: "http" });
  });
});
