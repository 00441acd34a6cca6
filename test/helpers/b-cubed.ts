/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga & Baldwin,
 * "Entity-based cross-document coreferencing using the vector space model", 1998): for each
 * item, the share of its cluster that is in its gold cluster (precision) and the share of its
 * gold cluster that is in its cluster (recall), averaged over items. Items are positions in the
 * input, so a name listed twice counts twice.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** `gold` and `predicted` give, for each item index, the id of its cluster. */
export function bCubed(gold: readonly number[], predicted: readonly number[]): BCubed {
  const n = gold.length;
  const key = (g: number, p: number) => `${g}:${p}`;
  const goldSize = count(gold);
  const predSize = count(predicted);
  const both = new Map<string, number>();
  for (let i = 0; i < n; i++) both.set(key(gold[i], predicted[i]), (both.get(key(gold[i], predicted[i])) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const overlap = both.get(key(gold[i], predicted[i])) ?? 0;
    precision += overlap / (predSize.get(predicted[i]) ?? 1);
    recall += overlap / (goldSize.get(gold[i]) ?? 1);
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/**
 * Score clusters of names against gold groups of names. Each input line is one item; a name
 * repeated in the input is matched to the clusters in order.
 */
export function bCubedOfClusters(groups: readonly (readonly string[])[], clusters: readonly (readonly string[])[]) {
  const gold: number[] = [];
  const items: string[] = [];
  groups.forEach((g, gi) => {
    for (const name of g) {
      items.push(name);
      gold.push(gi);
    }
  });
  const slots = new Map<string, number[]>();
  clusters.forEach((c, ci) => {
    for (const name of c) slots.set(name, [...(slots.get(name) ?? []), ci]);
  });
  const predicted = items.map((name) => {
    const queue = slots.get(name);
    if (!queue || queue.length === 0) throw new Error(`"${name}" is missing from the clusters`);
    return queue.shift() as number;
  });
  return bCubed(gold, predicted);
}

function count(ids: readonly number[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const id of ids) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return sizes;
}
