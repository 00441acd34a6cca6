import type { Migration } from "./index.js";

/** Documents, global actors with their aliases, mentions, assertions and the audit log. */
export const initial: Migration = {
  version: 1,
  name: "initial",
  statements: [
    `CREATE TABLE documents (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      title text,
      published text,
      author text,
      source text NOT NULL,
      media_type text NOT NULL,
      text text NOT NULL,
      word_count integer NOT NULL CHECK (word_count >= 0),
      ingested_at timestamptz NOT NULL DEFAULT now()
    )`,
    // A tsvector is limited to 1 MB, which a large document exceeds and would fail its insert;
    // search covers the first 200,000 characters. Queries must repeat this exact expression.
    `CREATE INDEX documents_text_search ON documents USING gin (to_tsvector('english', left(text, 200000)))`,

    `CREATE TABLE actors (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL,
      type text NOT NULL CHECK (type IN ('organization', 'person', 'location')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    // Every surface form of an actor, its name included, with the document it was read in
    // (null when an analyst added it by hand).
    `CREATE TABLE actor_aliases (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
      alias text NOT NULL,
      normalized text NOT NULL,
      document_id bigint REFERENCES documents (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (actor_id, alias, document_id)
    )`,
    `CREATE INDEX actor_aliases_normalized ON actor_aliases (normalized)`,

    `CREATE TABLE mentions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
      start_offset integer NOT NULL,
      end_offset integer NOT NULL,
      text text NOT NULL,
      kind text,
      CHECK (start_offset >= 0 AND end_offset > start_offset)
    )`,
    `CREATE INDEX mentions_document ON mentions (document_id, start_offset)`,
    `CREATE INDEX mentions_actor ON mentions (actor_id)`,

    // Offsets are UTF-16 code units, as JavaScript and the web UI count; evidence_char_* are
    // the same span in characters (code points), which is what SQL substring() counts.
    // valid_from/valid_to are the days the relation holds, derived from time_* at ingest
    // (see src/store/validity.ts); as-of queries compare against them.
    `CREATE TABLE assertions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      subject_id bigint NOT NULL REFERENCES actors (id),
      -- Spelled out, not built from RELATION_TYPES, so this migration means the same forever:
      -- a new relation type in src/types.ts needs a new migration that widens this check.
      type text NOT NULL CHECK (type IN ('leader_of', 'member_of', 'founded', 'succeeded',
        'pledged_allegiance_to', 'affiliate_of', 'split_from', 'merged_with', 'allied_with',
        'rival_of', 'fought', 'supported', 'mediated', 'criticized', 'praised', 'met')),
      object_id bigint NOT NULL REFERENCES actors (id),
      polarity text NOT NULL CHECK (polarity IN ('affirmed', 'negated')),
      modality text NOT NULL CHECK (modality IN ('asserted', 'hedged')),
      attributed_to bigint REFERENCES actors (id),
      time_start text,
      time_end text,
      time_precision text CHECK (time_precision IN ('day', 'month', 'year', 'decade')),
      valid_from date,
      valid_to date,
      evidence_start integer NOT NULL,
      evidence_end integer NOT NULL,
      evidence_char_start integer NOT NULL,
      evidence_char_end integer NOT NULL,
      confidence double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
      extractor text NOT NULL,
      natural_key text NOT NULL,
      review_status text NOT NULL DEFAULT 'pending'
        CHECK (review_status IN ('pending', 'accepted', 'rejected', 'corrected')),
      reviewed_by text,
      reviewed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (evidence_start >= 0 AND evidence_end > evidence_start),
      CHECK (evidence_char_start >= 0 AND evidence_char_end > evidence_char_start),
      UNIQUE (document_id, natural_key)
    )`,
    `CREATE INDEX assertions_subject ON assertions (subject_id)`,
    `CREATE INDEX assertions_object ON assertions (object_id)`,
    `CREATE INDEX assertions_type ON assertions (type, valid_from)`,

    `CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      performed_by text NOT NULL,
      action text NOT NULL,
      entity_kind text NOT NULL,
      entity_id text,
      details jsonb NOT NULL DEFAULT '{}'
    )`,
    `CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id)`,
  ],
};
