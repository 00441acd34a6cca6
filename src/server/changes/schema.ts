/** Request shapes for /api/changes. */
import { z } from "zod";
import { Id } from "../params.js";

/** The history: all changes, or one actor's or one assertion's, newest first. */
export const ChangesQuery = z.object({
  actor: Id.optional(),
  assertion: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
