/**
 * The CLI as users run it, compiled for one test file into a folder of its own (under
 * node_modules/.cache, where the packages resolve), so suites running at once never read a
 * half-written build. Long-running commands (workers) are spawned and watched line by line.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, "../..");

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface BuiltCli {
  /** The compiled entry point. */
  entry: string;
  /** Run a command to its end; never throws on a non-zero exit, which tests check instead. */
  run(args: string[], env?: NodeJS.ProcessEnv, cwd?: string): Promise<Outcome>;
  /** Start a long-running command. */
  start(args: string[], env?: NodeJS.ProcessEnv): Running;
}

/** Compile the sources into node_modules/.cache/linkage-test/`name`. */
export async function buildCli(name: string): Promise<BuiltCli> {
  const out = join(ROOT, "node_modules/.cache/linkage-test", name);
  await rm(out, { recursive: true, force: true });
  // Type errors do not stop tsc from emitting; the type check is a job of its own.
  await run("npx", ["tsc", "-p", "tsconfig.json", "--outDir", out], { cwd: ROOT }).catch(() => {});
  copyAssets(join(ROOT, "src"), out);
  const entry = join(out, "cli.js");
  if (!existsSync(entry)) throw new Error(`the build in ${out} has no cli.js`);
  const baseEnv = (env: NodeJS.ProcessEnv = {}) => ({ ...process.env, LINKAGE_DB: "", ...env });
  return {
    entry,
    async run(args, env, cwd) {
      try {
        const options = { env: baseEnv(env), cwd, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 };
        const { stdout, stderr } = await run("node", [entry, ...args], options);
        return { code: 0, stdout, stderr };
      } catch (err) {
        const e = err as { code?: number; stdout?: string; stderr?: string };
        return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
      }
    },
    start: (args, env) => new Running(spawn("node", [entry, ...args], { env: baseEnv(env) })),
  };
}

/** The data files tsc does not emit (gazetteers), copied as scripts/copy-assets.mjs does for dist/. */
function copyAssets(src: string, out: string, dir = src): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyAssets(src, out, path);
    else if (/\.(json|sql)$/.test(name)) cpSync(path, join(out, relative(src, path)));
  }
}

/** A spawned command: its stderr lines as they come, its end, and a way to kill it. */
export class Running {
  readonly lines: string[] = [];
  stdout = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private waiters: { pattern: RegExp; from: number; resolve: (line: string) => void }[] = [];

  constructor(readonly child: ChildProcess) {
    let partial = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      const parts = (partial + chunk.toString("utf8")).split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) this.push(line);
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      this.stdout += chunk.toString("utf8");
    });
    this.exited = new Promise((done) => child.on("exit", (code, signal) => done({ code, signal })));
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** The first stderr line matching `pattern` from line `from` on (the next one, by default). */
  waitFor(pattern: RegExp, from = this.lines.length, timeoutMs = 120_000): Promise<string> {
    const seen = this.lines.slice(from).find((l) => pattern.test(l));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${this.lines.join("\n")}`)),
        timeoutMs,
      );
      this.waiters.push({
        pattern,
        from,
        resolve: (l) => {
          clearTimeout(timer);
          resolve(l);
        },
      });
    });
  }

  /** How it ended; rejects, with everything it logged, if it has not ended within `timeoutMs`. */
  async ended(timeoutMs = 180_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`still running after ${timeoutMs} ms:\n${this.lines.join("\n")}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  kill(signal: NodeJS.Signals = "SIGTERM"): void {
    this.child.kill(signal);
  }

  private push(line: string): void {
    this.lines.push(line);
    this.waiters = this.waiters.filter((w) => {
      if (!w.pattern.test(line)) return true;
      w.resolve(line);
      return false;
    });
  }
}
