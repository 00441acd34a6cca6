/** Request shapes for /api/relations, /api/graph and /api/timeline. */
import { z } from "zod";
import { OptionalText } from "../params.js";

/** Filters as the query string spells them; checked further by parseRelationQuery. */
export const RelationFilters = z.object({ as_of: OptionalText, actor: OptionalText, type: OptionalText });

const ActorName = z.string({ error: "expected an actor name" }).trim().min(1, "expected an actor name").max(500);

export const TimelineQuery = z.object({ a: ActorName, b: ActorName });
