/**
 * Configuration is read here and nowhere else: flags first, then the environment, then defaults.
 * The result is validated and frozen, then passed down.
 */
import { availableParallelism, userInfo } from "node:os";
import { z } from "zod";
import { LinkageError } from "./errors.js";

/** How query commands print their results. */
export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Who may read through the API: anyone, or only holders of a token. */
export const READ_ACCESS = ["open", "token"] as const;
export type ReadAccess = (typeof READ_ACCESS)[number];

const ConfigSchema = z.object({
  /** A folder for the embedded PGlite store, or a postgres:// URL for a server. */
  db: z.string().min(1),
  /** Largest input accepted, in bytes. */
  maxInputBytes: z.number().int().positive(),
  /** How query results are printed. */
  format: z.enum(OUTPUT_FORMATS),
  /** Who is acting, recorded in the audit log. */
  user: z.string().min(1),
  /** Port `linkage serve` listens on. */
  port: z.number().int().min(0).max(65535),
  /** Address `linkage serve` binds; anything but loopback makes writes need a token. */
  host: z.string().min(1),
  /** Whether the API answers reads without a token ("open") or only with one ("token"). */
  readAccess: z.enum(READ_ACCESS),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export const DEFAULT_DB = "./linkage-data";
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_PORT = 4870;
/** Loopback only: nobody else on the network can reach the server unless told otherwise. */
export const DEFAULT_HOST = "127.0.0.1";

export interface ConfigFlags {
  db?: string;
  maxInputBytes?: number;
  format?: string;
  user?: string;
  port?: number | string;
  host?: string;
  readAccess?: string;
}

/** The flag each configuration key is set with, so errors name what the user typed. */
const FLAG_NAMES: Record<keyof z.infer<typeof ConfigSchema>, string> = {
  db: "--db / LINKAGE_DB",
  maxInputBytes: "LINKAGE_MAX_INPUT_BYTES",
  format: "--format / LINKAGE_FORMAT",
  user: "LINKAGE_USER",
  port: "--port / LINKAGE_PORT",
  host: "--host / LINKAGE_HOST",
  readAccess: "--read-access / LINKAGE_READ_ACCESS",
};

/** Read, validate and freeze the configuration; a bad value is a BAD_ARGUMENT error naming its flag. */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as `LINKAGE_DB= linkage …` is meant.
  const fromEnv = (name: string) => env[name] || undefined;
  const fromEnvBytes = fromEnv("LINKAGE_MAX_INPUT_BYTES");
  const raw = {
    db: flags.db ?? fromEnv("LINKAGE_DB") ?? DEFAULT_DB,
    maxInputBytes: flags.maxInputBytes ?? (fromEnvBytes ? Number(fromEnvBytes) : DEFAULT_MAX_INPUT_BYTES),
    format: flags.format ?? fromEnv("LINKAGE_FORMAT") ?? "table",
    user: flags.user ?? fromEnv("LINKAGE_USER") ?? osUser(),
    port: toNumber(flags.port ?? fromEnv("LINKAGE_PORT") ?? DEFAULT_PORT),
    host: flags.host ?? fromEnv("LINKAGE_HOST") ?? DEFAULT_HOST,
    readAccess: flags.readAccess ?? fromEnv("LINKAGE_READ_ACCESS") ?? "open",
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0] as keyof typeof FLAG_NAMES | undefined;
    const name = key ? FLAG_NAMES[key] : "configuration";
    const found = key ? JSON.stringify(raw[key]) : "";
    const expected = EXPECTED[key as string] ?? issue?.message;
    throw new LinkageError("BAD_ARGUMENT", `expected ${expected}, found ${found}`, name);
  }
  return Object.freeze(parsed.data);
}

/** What a key expects, in words, where zod's message would say less. */
const EXPECTED: Record<string, string> = {
  format: `one of ${OUTPUT_FORMATS.join(", ")}`,
  port: "a port number from 0 to 65535",
  readAccess: `one of ${READ_ACCESS.join(", ")}`,
};

/** A flag or variable as a number; text that is not one stays text, so the error can quote it. */
function toNumber(value: number | string): number | string {
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
}

/** Whether `host` is a loopback address, reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

const WorkConfigSchema = z.object({
  /** Extraction threads for `linkage ingest` without the queue. */
  threads: z.number().int().min(1).max(64),
  /** Documents one `linkage worker` process handles at once, each on its own thread. */
  concurrency: z.number().int().min(1).max(64),
  /** Attempts a queued document gets before it is set aside as a failure. */
  maxAttempts: z.number().int().min(1).max(25),
  /** Seconds without a sign of life after which a worker counts as dead and its jobs are freed. */
  staleSeconds: z.number().int().min(1).max(86_400),
  /** Longest the extraction of one document may take, in seconds, before it is refused. */
  extractTimeoutSeconds: z.number().int().min(1).max(86_400),
});

/** How ingestion spreads its work over threads and queue workers. */
export type WorkConfig = Readonly<z.infer<typeof WorkConfigSchema>>;

export interface WorkFlags {
  threads?: number | string;
  concurrency?: number | string;
}

const WORK_FLAG_NAMES: Record<keyof WorkConfig, string> = {
  threads: "--threads / LINKAGE_THREADS",
  concurrency: "--concurrency / LINKAGE_WORKER_CONCURRENCY",
  maxAttempts: "LINKAGE_QUEUE_MAX_ATTEMPTS",
  staleSeconds: "LINKAGE_WORKER_STALE_SECONDS",
  extractTimeoutSeconds: "LINKAGE_EXTRACT_TIMEOUT_SECONDS",
};

/** Extraction is CPU-bound: one thread per core, but past four the memory (a model per thread) outweighs the gain. */
export const DEFAULT_THREADS = Math.max(1, Math.min(availableParallelism(), 4));
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Long enough that a busy worker is never taken for dead; short enough that a crashed one's work resumes soon. */
export const DEFAULT_STALE_SECONDS = 60;
/** Ten minutes: far more than a long report takes (one of 200 KB takes seconds). */
export const DEFAULT_EXTRACT_TIMEOUT_SECONDS = 600;

/** Read, validate and freeze the work settings; a bad value is a BAD_ARGUMENT error naming its flag. */
export function loadWorkConfig(flags: WorkFlags = {}, env: NodeJS.ProcessEnv = process.env): WorkConfig {
  const fromEnv = (name: string) => env[name] || undefined;
  const raw = {
    threads: toNumber(flags.threads ?? fromEnv("LINKAGE_THREADS") ?? DEFAULT_THREADS),
    concurrency: toNumber(flags.concurrency ?? fromEnv("LINKAGE_WORKER_CONCURRENCY") ?? DEFAULT_THREADS),
    maxAttempts: toNumber(fromEnv("LINKAGE_QUEUE_MAX_ATTEMPTS") ?? DEFAULT_MAX_ATTEMPTS),
    staleSeconds: toNumber(fromEnv("LINKAGE_WORKER_STALE_SECONDS") ?? DEFAULT_STALE_SECONDS),
    extractTimeoutSeconds: toNumber(fromEnv("LINKAGE_EXTRACT_TIMEOUT_SECONDS") ?? DEFAULT_EXTRACT_TIMEOUT_SECONDS),
  };
  const parsed = WorkConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0] as keyof WorkConfig;
    const range = WorkConfigSchema.shape[key];
    const expected = `a whole number from ${range.minValue} to ${range.maxValue}`;
    throw new LinkageError(
      "BAD_ARGUMENT",
      `expected ${expected}, found ${JSON.stringify(raw[key])}`,
      WORK_FLAG_NAMES[key],
    );
  }
  return Object.freeze(parsed.data);
}

/** The login name, or "unknown" where the OS has none (some containers). */
function osUser(): string {
  try {
    return userInfo().username || "unknown";
  } catch {
    return "unknown";
  }
}
