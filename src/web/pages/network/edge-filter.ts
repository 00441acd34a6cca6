/** Which edges the page's own filters keep: a pure function of the edges and the filters. */
import { yearOf } from "../../app/format";
import type { GraphEdge } from "../../app/types";
import type { Filters } from "./controls";

type LocalFilters = Pick<Filters, "families" | "negated" | "hedged" | "from" | "to">;

/**
 * The edges of `edges` that are in the server's current view (`inView`: the as-of answer) and
 * pass the family, negated/hedged and dated-period filters. An undated edge is left out as soon
 * as a period is set: it cannot be shown to fall inside it.
 */
export function shownEdges(edges: readonly GraphEdge[], inView: ReadonlySet<string>, f: LocalFilters): GraphEdge[] {
  const period = f.from !== null || f.to !== null;
  return edges.filter((e) => {
    if (!inView.has(e.id) || !f.families.has(e.family)) return false;
    if ((e.polarity === "negated" && !f.negated) || (e.modality === "hedged" && !f.hedged)) return false;
    if (!period) return true;
    const year = yearOf(e.time);
    return year !== null && (f.from === null || year >= f.from) && (f.to === null || year <= f.to);
  });
}
