/** zod pieces the route schemas share. */
import { z } from "zod";

/** A database id in a path or query: a positive whole number, written in digits. */
export const Id = z
  .string({ error: "expected a positive whole number" })
  .regex(/^\d{1,15}$/, "expected a positive whole number")
  .transform(Number)
  .refine((n) => n > 0, "expected a positive whole number");

/** `/things/:id`. */
export const IdParams = z.object({ id: Id });

/** An optional query-string text, trimmed; an empty one counts as absent. */
export const OptionalText = z
  .string()
  .max(500, "expected at most 500 characters")
  .optional()
  .transform((s) => (s?.trim() ? s.trim() : undefined));

/** A page of results: `limit` (1–500, default 50) and `offset`. */
export const Page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
