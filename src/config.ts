/**
 * Configuration is read here and nowhere else: flags first, then the environment, then defaults.
 * The result is validated and frozen, then passed down.
 */
import { userInfo } from "node:os";
import { z } from "zod";
import { LinkageError } from "./errors.js";

/** How query commands print their results. */
export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const ConfigSchema = z.object({
  /** A folder for the embedded PGlite store, or a postgres:// URL for a server. */
  db: z.string().min(1),
  /** Largest input accepted, in bytes. */
  maxInputBytes: z.number().int().positive(),
  /** How query results are printed. */
  format: z.enum(OUTPUT_FORMATS),
  /** Who is acting, recorded in the audit log. */
  user: z.string().min(1),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export const DEFAULT_DB = "./linkage-data";
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface ConfigFlags {
  db?: string;
  maxInputBytes?: number;
  format?: string;
  user?: string;
}

/** The flag each configuration key is set with, so errors name what the user typed. */
const FLAG_NAMES: Record<keyof z.infer<typeof ConfigSchema>, string> = {
  db: "--db / LINKAGE_DB",
  maxInputBytes: "LINKAGE_MAX_INPUT_BYTES",
  format: "--format / LINKAGE_FORMAT",
  user: "LINKAGE_USER",
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
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0] as keyof typeof FLAG_NAMES | undefined;
    const name = key ? FLAG_NAMES[key] : "configuration";
    const found = key ? JSON.stringify(raw[key]) : "";
    const expected = key === "format" ? `one of ${OUTPUT_FORMATS.join(", ")}` : issue?.message;
    throw new LinkageError("BAD_ARGUMENT", `expected ${expected}, found ${found}`, name);
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
