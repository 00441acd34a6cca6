/**
 * Undoing a curation change named by its audit id. The undo is itself a change, recorded with
 * the id it reverses; the original is marked undone so it cannot be reversed twice.
 */
import { LinkageError } from "../errors.js";
import { recordChange } from "./change-log.js";
import { type MergeDetails, undoMerge } from "./curate-merge.js";
import { undoAddAlias, undoRemoveAlias, undoRename } from "./curate-names.js";
import { type SplitDetails, undoSplit } from "./curate-split.js";
import type { Db, Queryable } from "./db.js";
import { undoDecision } from "./decisions.js";

/** The changes undo knows how to reverse, by audit action. */
const UNDO: Record<string, (tx: Queryable, entityId: number, details: never) => Promise<void>> = {
  "actor.rename": undoRename,
  "alias.add": undoAddAlias,
  "alias.remove": undoRemoveAlias,
  "actor.merge": (tx, id, d: MergeDetails) => undoMerge(tx, id, d),
  "actor.split": (tx, id, d: SplitDetails) => undoSplit(tx, id, d),
  "assertion.decide": (tx, _id, d: Parameters<typeof undoDecision>[1]) => undoDecision(tx, d),
};

/** The audit actions that can be undone. */
export const UNDOABLE_ACTIONS: readonly string[] = Object.keys(UNDO);

/**
 * Reverse change `changeId`. @returns the audit id of the undo.
 * @throws NOT_FOUND for an unknown change; BAD_ARGUMENT for one that cannot be undone (an
 *   ingest, an undo); CONFLICT when it was undone already or later changes stand in the way.
 */
export async function undoChange(db: Db, changeId: number, opts: { user: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const [change] = await tx.query<{
      action: string;
      entity_kind: string;
      entity_id: string | null;
      details: Record<string, unknown>;
      undone_by: number | null;
    }>("SELECT action, entity_kind, entity_id, details, undone_by FROM audit_log WHERE id = $1 FOR UPDATE", [changeId]);
    if (!change) throw new LinkageError("NOT_FOUND", `no change has id ${changeId}`);
    const undo = UNDO[change.action];
    if (!undo) {
      throw new LinkageError(
        "BAD_ARGUMENT",
        `change ${changeId} is "${change.action}", which cannot be undone (only ${UNDOABLE_ACTIONS.join(", ")})`,
      );
    }
    if (change.undone_by !== null) {
      throw new LinkageError("CONFLICT", `change ${changeId} was already undone by change ${change.undone_by}`);
    }
    await undo(tx, Number(change.entity_id), change.details as never);
    const undoId = await recordChange(tx, {
      user: opts.user,
      action: "undo",
      kind: change.entity_kind,
      entityId: change.entity_id ?? "",
      details: { undid: changeId, action: change.action },
    });
    await tx.query("UPDATE audit_log SET undone_by = $2 WHERE id = $1", [changeId, undoId]);
    return undoId;
  });
}
