/**
 * Compile the current sources for the bench into a private folder, so every run measures the
 * work tree as it is (not a stale dist/) and never disturbs dist/. Type errors are reported but
 * do not stop the run: tsc still emits, and a bench of work in progress is still informative.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Where the bench's build lives: under node_modules/, so git and the linter ignore it. */
export const BUILD_DIR = join(ROOT, "node_modules", ".cache", "linkage-bench", "dist");

// Gazetteers and other data files tsc does not emit (as scripts/copy-assets.mjs copies for dist/).
const ASSET = /\.(json|sql)$/;

/**
 * Build src/ into BUILD_DIR (incrementally) and return that folder.
 * @returns `{ dir, seconds, typeErrors }`; typeErrors is the count of TS diagnostics.
 */
export function buildForBench({ log = () => {} } = {}) {
  const started = performance.now();
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const info = join(dirname(BUILD_DIR), "tsbuildinfo");
  const args = [tsc, "-p", "tsconfig.json", "--outDir", BUILD_DIR, "--incremental", "--tsBuildInfoFile", info];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const diagnostics = (result.stdout ?? "").split("\n").filter((line) => /error TS\d+/.test(line));
  if (!existsSync(join(BUILD_DIR, "pipeline", "index.js"))) {
    throw new Error(`bench: tsc produced no build in ${BUILD_DIR}\n${result.stdout}${result.stderr}`);
  }
  for (const line of diagnostics) log(`bench: type error (build continues): ${line}`);
  copyAssets(join(ROOT, "src"));
  return { dir: BUILD_DIR, seconds: (performance.now() - started) / 1000, typeErrors: diagnostics.length };
}

function copyAssets(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (ASSET.test(name)) cpSync(path, join(BUILD_DIR, relative(join(ROOT, "src"), path)));
  }
}
