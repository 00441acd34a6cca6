/**
 * Curation as the Store offers it: each change runs in its own transaction (see curate-*.ts,
 * decisions.ts, undo-change.ts) and answers with its audit id and the actor or assertion as it
 * now stands, version included, ready for the next change.
 */
import { LinkageError } from "../errors.js";
import { getActor } from "./actor-detail.js";
import { getAssertionDetail } from "./assertion-detail.js";
import { mergeActors } from "./curate-merge.js";
import { addAlias, removeAlias, renameActor } from "./curate-names.js";
import { splitActor } from "./curate-split.js";
import type {
  ActorDetail,
  AssertionDecisionInput,
  AssertionDetail,
  ChangeResult,
  CurationOptions,
  SplitSelection,
} from "./curation-records.js";
import type { Db } from "./db.js";
import { decideAssertion } from "./decisions.js";

/** The curation methods of Store (see store.ts for their documentation). */
export interface Curation {
  renameActor(id: number, name: string, opts: CurationOptions): Promise<ChangeResult>;
  addAlias(id: number, alias: string, opts: CurationOptions): Promise<ChangeResult>;
  removeAlias(id: number, alias: string, opts: CurationOptions): Promise<ChangeResult>;
  mergeActors(
    keepId: number,
    absorbId: number,
    opts: { user: string; expected?: { keep?: number; absorb?: number } },
  ): Promise<ChangeResult>;
  splitActor(id: number, selection: SplitSelection, opts: CurationOptions): Promise<ChangeResult>;
  decideAssertion(
    id: number,
    decision: AssertionDecisionInput,
    opts: CurationOptions,
  ): Promise<{ change: number; assertion: AssertionDetail }>;
}

export function curation(db: Db): Curation {
  const withActor = async (change: number, id: number, created?: number): Promise<ChangeResult> => ({
    change,
    actor: await actorNow(db, id),
    ...(created === undefined ? {} : { created: await actorNow(db, created) }),
  });
  return {
    renameActor: async (id, name, opts) => withActor(await renameActor(db, id, name, opts), id),
    addAlias: async (id, alias, opts) => withActor(await addAlias(db, id, alias, opts), id),
    removeAlias: async (id, alias, opts) => withActor(await removeAlias(db, id, alias, opts), id),
    mergeActors: async (keepId, absorbId, opts) => withActor(await mergeActors(db, keepId, absorbId, opts), keepId),
    async splitActor(id, selection, opts) {
      const { change, created } = await splitActor(db, id, selection, opts);
      return withActor(change, id, created);
    },
    async decideAssertion(id, decision, opts) {
      const change = await decideAssertion(db, id, decision, opts);
      return { change, assertion: (await getAssertionDetail(db, id)) as AssertionDetail };
    },
  };
}

async function actorNow(db: Db, id: number): Promise<ActorDetail> {
  const actor = await getActor(db, id);
  if (!actor) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
  return actor;
}
