import type { Migration } from "./index.js";

/**
 * Each actor's distinct spellings, for finding an entity's candidate actors. actor_aliases keeps
 * one row per alias per document (provenance), so an actor named in a thousand documents has a
 * thousand rows of the same few spellings, and looking candidates up there grew slower with every
 * document stored. actor_spellings holds each (actor, spelling) once, with its blocking keys and
 * the first alias row's id (for order); triggers keep it in step with actor_aliases whatever writes
 * there (ingest, imports, merges, splits, renames, undo).
 */
export const actorSpellings: Migration = {
  version: 7,
  name: "actor-spellings",
  statements: [
    `CREATE TABLE actor_spellings (
       actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
       alias text NOT NULL,
       match_keys text[],
       first_alias_id bigint NOT NULL,
       PRIMARY KEY (actor_id, alias)
     )`,
    "CREATE INDEX actor_spellings_match_keys ON actor_spellings USING gin (match_keys)",
    `CREATE FUNCTION actor_spellings_add(p_actor bigint, p_alias text, p_keys text[], p_id bigint) RETURNS void
       LANGUAGE sql AS $$
         INSERT INTO actor_spellings (actor_id, alias, match_keys, first_alias_id)
         VALUES (p_actor, p_alias, p_keys, p_id)
         ON CONFLICT (actor_id, alias) DO UPDATE
           SET match_keys = coalesce(EXCLUDED.match_keys, actor_spellings.match_keys),
               first_alias_id = least(actor_spellings.first_alias_id, EXCLUDED.first_alias_id)
       $$`,
    // Gone once no alias row of the actor spells it so.
    `CREATE FUNCTION actor_spellings_drop(p_actor bigint, p_alias text) RETURNS void
       LANGUAGE sql AS $$
         DELETE FROM actor_spellings s
          WHERE s.actor_id = p_actor AND s.alias = p_alias
            AND NOT EXISTS (SELECT 1 FROM actor_aliases a WHERE a.actor_id = p_actor AND a.alias = p_alias);
       $$`,
    `CREATE FUNCTION actor_spellings_sync() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           PERFORM actor_spellings_drop(OLD.actor_id, OLD.alias);
         END IF;
         IF TG_OP IN ('UPDATE', 'INSERT') THEN
           PERFORM actor_spellings_add(NEW.actor_id, NEW.alias, NEW.match_keys, NEW.id);
         END IF;
         RETURN NULL;
       END
     $$`,
    `CREATE TRIGGER actor_aliases_spellings AFTER INSERT OR DELETE OR UPDATE OF actor_id, alias, match_keys
       ON actor_aliases FOR EACH ROW EXECUTE FUNCTION actor_spellings_sync()`,
    `INSERT INTO actor_spellings (actor_id, alias, match_keys, first_alias_id)
     SELECT DISTINCT ON (actor_id, alias) actor_id, alias, match_keys, min(id) OVER (PARTITION BY actor_id, alias)
       FROM actor_aliases ORDER BY actor_id, alias, match_keys IS NULL, id`,
  ],
};
