/** Request shapes for /api/actors. */
import { z } from "zod";
import { OptionalText } from "../params.js";

/** `?q=` narrows the list to names and aliases containing it (case-insensitive). */
export const ActorListQuery = z.object({ q: OptionalText });

/** An actor named by id ("12") or by a name or alias that fits only one. */
const ActorRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(500)]);

/**
 * Merge: `absorb` goes into this actor (its aliases, mentions and relations move here). The
 * versions, when given, are those the analyst saw; a merge of changed actors is refused.
 */
export const MergeBody = z.object({
  absorb: ActorRef,
  expected_version: z.number().int().positive().optional(),
  absorb_version: z.number().int().positive().optional(),
});

/** Split: these aliases (with their mentions) and/or these documents' mentions become a new actor. */
export const SplitBody = z
  .object({
    aliases: z.array(z.string().trim().min(1).max(500)).max(500).optional(),
    documents: z.array(z.number().int().positive()).max(5000).optional(),
    name: z.string().trim().min(1).max(500).optional(),
    expected_version: z.number().int().positive().optional(),
  })
  .refine((b) => (b.aliases?.length ?? 0) + (b.documents?.length ?? 0) > 0, {
    message: "expected aliases or documents to split off",
    path: ["aliases"],
  });
