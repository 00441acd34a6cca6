/**
 * Schema migrations, in order. They are TypeScript modules rather than .sql files so that tsc
 * emits them into dist/ and the built CLI needs no copy step. A migration is never edited once
 * released: schema changes are a new file with the next number, added to MIGRATIONS.
 */
import { initial } from "./001-initial.js";
import { curation } from "./002-curation.js";
import { ingestQueue } from "./003-ingest-queue.js";
import { apiTokens } from "./004-api-tokens.js";
import { stixIds } from "./005-stix-ids.js";
import { querySpeed } from "./006-query-speed.js";
import { actorSpellings } from "./007-actor-spellings.js";

export interface Migration {
  /** Strictly increasing; recorded in schema_migrations once applied. */
  version: number;
  name: string;
  /** One SQL statement each (no data, no parameters), run in order inside one transaction. */
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  initial,
  curation,
  ingestQueue,
  apiTokens,
  stixIds,
  querySpeed,
  actorSpellings,
];
