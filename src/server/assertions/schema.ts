/** Request shapes for /api/assertions. */
import { z } from "zod";
import { REVIEW_STATUSES } from "../../store/index.js";
import { RELATION_TYPES } from "../../types.js";
import { Id, Page } from "../params.js";

const Status = z.enum(REVIEW_STATUSES as [string, ...string[]]);

/** The review queue: one status (pending by default), optionally one document's, a page at a time. */
export const QueueQuery = z.object({
  status: Status.default("pending"),
  document: Id.optional(),
  ...Page,
});

const PartialDate = z.string().regex(/^\d{4}(-\d{2}){0,2}$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

/** What a correction may change; anything left out stays as read. */
const Corrections = z
  .object({
    type: z.enum(RELATION_TYPES).optional(),
    subject: z.number().int().positive().optional(),
    object: z.number().int().positive().optional(),
    polarity: z.enum(["affirmed", "negated"]).optional(),
    modality: z.enum(["asserted", "hedged"]).optional(),
    time: z
      .object({
        start: PartialDate.nullable(),
        end: PartialDate.nullable(),
        precision: z.enum(["day", "month", "year", "decade"]).nullable(),
      })
      .nullable()
      .optional(),
  })
  .strict();

/**
 * A decision: accept, reject, or correct (with `corrections`). Name what you saw: the
 * assertion's `expected_version`, or failing that its `expected_status`; a decision on an
 * assertion someone changed meanwhile is refused with 409 CONFLICT, not applied over theirs.
 */
export const ReviewBody = z
  .object({
    status: z.enum(["accepted", "rejected", "corrected"]),
    corrections: Corrections.optional(),
    note: z.string().max(2000).optional(),
    expected_version: z.number().int().positive().optional(),
    expected_status: Status.optional(),
  })
  .refine((b) => b.status === "corrected" || b.corrections === undefined, {
    message: "corrections go with status corrected",
    path: ["corrections"],
  });
