/**
 * Checks on the manifest's URLs: they share one https origin, they point at files the build
 * produces, and the icons have the sizes the manifest declares.
 */
"use strict";

const { readPngSize } = require("./png");
const { fail, verdict } = require("./checks");

/** Every URL the add-in serves itself, with where it comes from and the file type it must be. */
function servedUrls(model) {
  const out = [];
  const add = (what, url, ext) => url !== undefined && out.push({ what, url, ext });
  add("DefaultSettings SourceLocation", model.sourceLocation, ".html");
  add("IconUrl", model.iconUrl, ".png");
  add("HighResolutionIconUrl", model.highResolutionIconUrl, ".png");
  add("SupportUrl", model.supportUrl, null);
  const cf = model.workbookHost && model.workbookHost.customFunctions;
  const runtime = model.workbookHost && model.workbookHost.runtimes[0];
  const role = new Map([
    [cf && cf.scriptResid, ".js"],
    [cf && cf.metadataResid, ".json"],
    [runtime && runtime.resid, ".html"],
  ]);
  for (const [id, url] of model.resources.Urls) add(`bt:Url ${id}`, url, role.get(id) || null);
  for (const [id, url] of model.resources.Images) add(`bt:Image ${id}`, url, ".png");
  return out;
}

/** The add-in's base URL: the folder of the page in DefaultSettings. */
function baseUrlOf(model) {
  try {
    return new URL(".", model.sourceLocation).href;
  } catch {
    return undefined;
  }
}

/** The path of a URL under the base URL ("assets/icon-16.png"), or undefined when outside it. */
function relativePath(url, base) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const href = parsed.origin + parsed.pathname;
  return base && href.startsWith(base) ? decodeURIComponent(href.slice(base.length)) : undefined;
}

function oneOrigin(model) {
  const base = baseUrlOf(model);
  if (!base) return fail(`DefaultSettings SourceLocation "${model.sourceLocation}" is not a URL`);
  const origin = new URL(base).origin;
  const problems = [];
  for (const { what, url } of servedUrls(model)) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${what} "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${what} ${url} is not https`);
    else if (parsed.origin !== origin) problems.push(`${what} ${url} is not on ${origin}`);
  }
  return verdict(problems, origin);
}

function buildUrls(model, ctx) {
  const base = baseUrlOf(model);
  if (!base) return fail(`DefaultSettings SourceLocation "${model.sourceLocation}" is not a URL`);
  const problems = [];
  let checked = 0;
  for (const { what, url, ext } of servedUrls(model)) {
    const rel = relativePath(url, base);
    if (rel === undefined) continue; // another origin or folder: the origin check reports it
    checked++;
    if (ext && !rel.endsWith(ext)) problems.push(`${what} ${rel} should be a ${ext} file`);
    else if (!ctx.files.exists(rel)) problems.push(`${what} ${rel} is not produced by the build (${ctx.files.describe})`);
  }
  return verdict(problems, `${checked} URLs under ${base} match ${ctx.files.describe}`);
}

function iconSizes(model, ctx) {
  const base = baseUrlOf(model);
  const problems = [];
  const expectations = [
    { what: "IconUrl", url: model.iconUrl, size: 32 },
    { what: "HighResolutionIconUrl", url: model.highResolutionIconUrl, size: 64 },
  ];
  for (const icon of model.workbookHost ? model.workbookHost.icons : []) {
    const sizes = icon.images.map((i) => i.size).sort((a, b) => a - b);
    if (sizes.join(",") !== "16,32,80") problems.push(`icon of ${icon.owner} lists sizes ${sizes.join(",")}, expected 16,32,80`);
    for (const image of icon.images) {
      expectations.push({
        what: `${icon.owner} ${image.size}px`,
        url: model.resources.Images.get(image.resid),
        size: image.size,
      });
    }
  }
  for (const { what, url, size } of expectations) {
    if (url === undefined) continue; // undefined resids are the resid check's finding
    const rel = relativePath(url, base);
    const bytes = rel === undefined ? null : ctx.files.read(rel);
    if (!bytes) {
      problems.push(`${what}: ${url} is not a file of the build`);
      continue;
    }
    const actual = readPngSize(bytes);
    if (!actual) problems.push(`${what}: ${rel} is not a PNG`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`${what}: ${rel} is ${actual.width}x${actual.height}, expected ${size}x${size}`);
  }
  return verdict(problems, `${expectations.length} icons at their declared sizes`);
}

module.exports = { oneOrigin, buildUrls, iconSizes, servedUrls, relativePath, baseUrlOf };
