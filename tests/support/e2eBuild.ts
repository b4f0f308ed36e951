import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure dist/ holds a development build newer than the sources (src/,
 * webpack.config.js, manifest.xml) with office.js copied beside the page;
 * builds with `webpack --mode development` otherwise. Returns whether it built.
 */
export function ensureDevBuild(): boolean {
  const page = join(DIST, "taskpane.html");
  const officeJs = join(DIST, "office-js", "office.js");
  const sources = Math.max(
    newestIn(join(ROOT, "src")),
    statSync(join(ROOT, "webpack.config.js")).mtimeMs,
    statSync(join(ROOT, "manifest.xml")).mtimeMs,
  );
  if (existsSync(page) && existsSync(officeJs) && statSync(page).mtimeMs > sources) return false;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "development"], {
    cwd: ROOT,
    stdio: "pipe",
  });
  return true;
}
