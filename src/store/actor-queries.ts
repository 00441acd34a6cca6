/**
 * Reading actors and assertions for curation and profiles, and the history and undo of changes:
 * the Store methods the CLI's `actor` and `curate` commands and the HTTP API share.
 */
import { getActor, resolveActor } from "./actor-detail.js";
import { aggregateRelations } from "./aggregate.js";
import type { ActorDossier, AggregateQuery, AggregateRelation } from "./aggregate-records.js";
import { getAssertionDetail } from "./assertion-detail.js";
import { listChanges } from "./change-history.js";
import type { ActorDetail, AssertionDetail, ChangeQuery, ChangeRecord } from "./curation-records.js";
import type { Db } from "./db.js";
import { actorDossier } from "./dossier.js";
import { undoChange } from "./undo-change.js";

export interface ActorQueries {
  /** Actor `id` with its version and each alias's provenance (document, or analyst); null if absent. */
  getActor(id: number): Promise<ActorDetail | null>;
  /**
   * The id of the one actor `ref` names: "12" or "#12" is an id, anything else a name or alias.
   * @throws LinkageError NOT_FOUND; BAD_ARGUMENT listing the candidates when a name fits several.
   */
  resolveActor(ref: string): Promise<number>;
  /** Assertion `id` as a relation, with its version and the decision kept for it; null if absent. */
  getAssertionDetail(id: number): Promise<AssertionDetail | null>;
  /**
   * Reverse change `changeId` (an audit id returned by a curation method). @returns the undo's
   * own audit id. @throws LinkageError NOT_FOUND, BAD_ARGUMENT (not undoable), CONFLICT (already
   * undone, or a later change stands in the way).
   */
  undoChange(changeId: number, opts: { user: string }): Promise<number>;
  /** Changes newest first: all, one actor's, or one assertion's. */
  listChanges(query?: ChangeQuery): Promise<ChangeRecord[]>;
  /**
   * Relations aggregated per (subject, type, object): supporting documents and sentences,
   * corroboration, conflicts between sources, first and last time, attributions.
   * @throws LinkageError BAD_ARGUMENT for an unreadable `asOf`.
   */
  aggregateRelations(query?: AggregateQuery): Promise<AggregateRelation[]>;
  /** Everything a cited profile of actor `id` is written from, optionally as of a day; null if absent. */
  actorDossier(id: number, opts?: { asOf?: string }): Promise<ActorDossier | null>;
}

export function actorQueries(db: Db): ActorQueries {
  return {
    getActor: (id) => getActor(db, id),
    resolveActor: (ref) => resolveActor(db, ref),
    getAssertionDetail: (id) => getAssertionDetail(db, id),
    undoChange: (changeId, opts) => undoChange(db, changeId, opts),
    listChanges: (query) => listChanges(db, query),
    aggregateRelations: (query) => aggregateRelations(db, query),
    actorDossier: (id, opts) => actorDossier(db, id, opts),
  };
}
