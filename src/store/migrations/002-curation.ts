import type { Migration } from "./index.js";

/**
 * Resolution and curation: blocking keys on aliases for transliteration-aware matching, who
 * added an alias by hand, aliases an analyst removed (so re-extraction does not bring them
 * back), versions for optimistic concurrency, analyst decisions on assertions that outlive
 * re-extraction, and undo links in the audit log.
 */
export const curation: Migration = {
  version: 2,
  name: "curation",
  statements: [
    // Bumped by every change an analyst makes; a write naming an older version is refused.
    "ALTER TABLE actors ADD COLUMN version integer NOT NULL DEFAULT 1",
    "ALTER TABLE actors ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()",
    "ALTER TABLE assertions ADD COLUMN version integer NOT NULL DEFAULT 1",
    // Any change to a row bumps its version, whichever code path makes it; a statement that
    // sets the version itself (decisions re-applied after re-extraction) keeps what it set.
    `CREATE FUNCTION linkage_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.version = OLD.version THEN NEW.version := OLD.version + 1; END IF;
        RETURN NEW;
      END $$`,
    `CREATE TRIGGER actors_version BEFORE UPDATE ON actors FOR EACH ROW
      WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION linkage_bump_version()`,
    `CREATE TRIGGER assertions_version BEFORE UPDATE ON assertions FOR EACH ROW
      WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION linkage_bump_version()`,

    // Blocking keys (src/resolve/blocking.ts) computed in TypeScript at insert. Rows stored before
    // this migration have none; they are filled in the first time actors are linked.
    "ALTER TABLE actor_aliases ADD COLUMN match_keys text[]",
    // Null when the extractor read the alias in document_id; the analyst's name otherwise.
    "ALTER TABLE actor_aliases ADD COLUMN added_by text",
    "CREATE INDEX actor_aliases_match_keys ON actor_aliases USING gin (match_keys)",
    "CREATE INDEX actor_aliases_unkeyed ON actor_aliases (id) WHERE match_keys IS NULL",
    "CREATE INDEX actor_aliases_actor ON actor_aliases (actor_id)",

    `CREATE TABLE actor_alias_exclusions (
      actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
      normalized text NOT NULL,
      excluded_by text NOT NULL,
      excluded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (actor_id, normalized)
    )`,

    // Keyed by the document's SHA-256 and the assertion's natural key as extracted, so a decision
    // finds its assertion again after re-extraction or after the document is stored anew.
    // key_subject/key_object are the actor ids inside natural_key, to re-key on merge and split.
    `CREATE TABLE assertion_decisions (
      document_sha256 text NOT NULL,
      natural_key text NOT NULL,
      key_subject bigint NOT NULL,
      key_object bigint NOT NULL,
      status text NOT NULL CHECK (status IN ('accepted', 'rejected', 'corrected')),
      corrections jsonb NOT NULL DEFAULT '{}',
      note text,
      version integer NOT NULL,
      decided_by text NOT NULL,
      decided_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (document_sha256, natural_key)
    )`,
    "CREATE INDEX assertion_decisions_subject ON assertion_decisions (key_subject)",
    "CREATE INDEX assertion_decisions_object ON assertion_decisions (key_object)",

    "ALTER TABLE audit_log ADD COLUMN undone_by bigint REFERENCES audit_log (id)",
    "CREATE INDEX audit_log_at ON audit_log (at)",
  ],
};
