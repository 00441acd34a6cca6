/** Request shape for /api/search. */
import { z } from "zod";

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "expected something to search for").max(500, "expected at most 500 characters"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
