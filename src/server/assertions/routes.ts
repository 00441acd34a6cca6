/**
 * Assertions: the review queue, one assertion with its version and kept decision, and an
 * analyst's decision on it (Store.decideAssertion: kept across re-extraction, audited, undoable).
 */
import type { FastifyInstance } from "fastify";
import { LinkageError } from "../../errors.js";
import type { AssertionDetail, ReviewStatus, Store } from "../../store/index.js";
import type { RouteContext } from "../context.js";
import { IdParams } from "../params.js";
import { QueueQuery, ReviewBody } from "./schema.js";

/** An assertion as the API shows it: the relation, its version and the decision kept for it. */
function shown(detail: AssertionDetail) {
  return { ...detail.relation, version: detail.version, decision: detail.decision };
}

export function assertionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/assertions", { config: { access: "read" } }, async (request) => {
    const q = QueueQuery.parse(request.query);
    return ctx.store.reviewQueue({ ...q, status: q.status as ReviewStatus });
  });

  app.get("/api/assertions/:id", { config: { access: "read" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    return shown(await detailOf(ctx.store, id));
  });

  app.post("/api/assertions/:id/review", { config: { access: "analyst" } }, async (request) => {
    const { id } = IdParams.parse(request.params);
    const body = ReviewBody.parse(request.body ?? {});
    const seen = body.expected_status as ReviewStatus | undefined;
    const expectedVersion = body.expected_version ?? (await versionIfStatus(ctx.store, id, seen));
    const { change, assertion } = await ctx.store.decideAssertion(
      id,
      { status: body.status, corrections: body.corrections, note: body.note },
      { user: request.caller.user, expectedVersion },
    );
    return { change, assertion: shown(assertion) };
  });
}

async function detailOf(store: Store, id: number): Promise<AssertionDetail> {
  const detail = await store.getAssertionDetail(id);
  if (!detail) throw new LinkageError("NOT_FOUND", `no assertion has id ${id}`);
  return detail;
}

/**
 * For a client that saw only the status (a page listing relations without versions): refuse if
 * the status changed, else decide against the version read now, so a change between this read
 * and the write is refused too.
 */
async function versionIfStatus(
  store: Store,
  id: number,
  status: ReviewStatus | undefined,
): Promise<number | undefined> {
  if (status === undefined) return undefined;
  const detail = await detailOf(store, id);
  if (detail.relation.status !== status) {
    throw new LinkageError(
      "CONFLICT",
      `assertion ${id} is now ${detail.relation.status}, not ${status}: someone decided meanwhile; reload and decide again`,
    );
  }
  return detail.version;
}
