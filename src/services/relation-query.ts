import { LinkageError } from "../errors.js";
import { asOfDay, type RelationQuery } from "../store/index.js";
import { RELATION_TYPES, type RelationType } from "../types.js";

/** Relation filters as typed by a user (CLI flags, query string), before checking. */
export interface RawRelationQuery {
  actor?: string;
  type?: string;
  asOf?: string;
}

/**
 * Check relation filters before any store is opened, so a typo costs nothing.
 * @throws LinkageError BAD_ARGUMENT naming the flag, what was expected and what was found.
 */
export function parseRelationQuery(raw: RawRelationQuery): RelationQuery {
  const query: RelationQuery = {};
  if (raw.actor !== undefined) {
    if (!raw.actor.trim()) throw new LinkageError("BAD_ARGUMENT", "expected an actor name, found nothing", "--actor");
    query.actor = raw.actor;
  }
  if (raw.type !== undefined) {
    if (!(RELATION_TYPES as readonly string[]).includes(raw.type)) {
      throw new LinkageError(
        "BAD_ARGUMENT",
        `expected one of ${RELATION_TYPES.join(", ")}; found "${raw.type}"`,
        "--type",
      );
    }
    query.type = raw.type as RelationType;
  }
  // Checked here for the message; the store accepts the original (a partial date is its last day).
  if (raw.asOf !== undefined) {
    asOfDay(raw.asOf);
    query.asOf = raw.asOf;
  }
  return query;
}

/** A document id as typed: a positive whole number. */
export function parseDocumentId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(id > 0))
    throw new LinkageError("BAD_ARGUMENT", `expected a document id (a positive whole number), found "${raw}"`, "ID");
  return id;
}
