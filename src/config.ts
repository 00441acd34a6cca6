/**
 * Configuration is read here and nowhere else: flags first, then the environment, then defaults.
 * The result is validated and frozen, then passed down.
 */
import { z } from "zod";

const ConfigSchema = z.object({
  /** A folder for the embedded PGlite store, or a postgres:// URL for a server. */
  db: z.string().min(1),
  /** Largest input accepted, in bytes. */
  maxInputBytes: z.number().int().positive(),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export const DEFAULT_DB = "./linkage-data";
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface ConfigFlags {
  db?: string;
  maxInputBytes?: number;
}

export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const fromEnvBytes = env.LINKAGE_MAX_INPUT_BYTES ? Number(env.LINKAGE_MAX_INPUT_BYTES) : undefined;
  const parsed = ConfigSchema.safeParse({
    db: flags.db ?? env.LINKAGE_DB ?? DEFAULT_DB,
    maxInputBytes: flags.maxInputBytes ?? fromEnvBytes ?? DEFAULT_MAX_INPUT_BYTES,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return Object.freeze(parsed.data);
}
