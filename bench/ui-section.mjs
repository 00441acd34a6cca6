/**
 * The network view in headless chromium: bench/ui.mjs does the measuring (a store of 2,000
 * actors and 10,000 relations served by the built app); this runs it and reads its
 * `interactive_ms=` line. ui.mjs serves dist/, so it measures the last `npm run build`.
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./build.mjs";

const TIMEOUT_MS = 8 * 60 * 1000;

export async function benchUi({ quick, log }) {
  const base = { actors: 2000, relations: 10000, interactive_ms: null };
  const script = join(ROOT, "bench", "ui.mjs");
  if (!existsSync(script)) return { ...base, note: "bench/ui.mjs is not there yet" };
  const app = join(ROOT, "dist", "server", "app.js");
  const page = join(ROOT, "dist", "web", "index.html");
  if (!existsSync(app) || !existsSync(page))
    return { ...base, note: "no built app in dist/: run `npm run build` first" };
  const args = [script, "--runs", quick ? "1" : "3"];
  const { code, stdout, stderr } = await run(process.execPath, args, log);
  const value = (key) => {
    const m = new RegExp(`^${key}=(\\d+(?:\\.\\d+)?)\\s*$`, "m").exec(stdout);
    return m ? Number(m[1]) : null;
  };
  const result = {
    ...base,
    interactive_ms: value("interactive_ms"),
    filter_ms: value("filter_ms"),
    slider_ms: value("slider_ms"),
    built_at: statSync(page).mtime.toISOString(),
  };
  if (result.interactive_ms === null) {
    const said = `${stdout}\n${stderr}`.trim().split("\n").slice(-3).join(" / ");
    result.note = `bench/ui.mjs exited with ${code} without interactive_ms: ${said}`;
  }
  return result;
}

function run(command, args, log) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      for (const line of String(chunk).trim().split("\n")) if (line.startsWith("bench/ui:")) log(line);
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
