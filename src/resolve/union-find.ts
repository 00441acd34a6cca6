/** Disjoint sets over 0…n-1 that also list each set's members, for checks before a union. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly sets: Map<number, number[]>;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.sets = new Map(Array.from({ length: n }, (_, i) => [i, [i]]));
  }

  /** The root of `i`'s set (with path halving). */
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  /** Members of the set whose root is `root`. */
  members(root: number): readonly number[] {
    return this.sets.get(root) ?? [root];
  }

  /** Join the sets of `a` and `b`; the larger set's root stays root. */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.members(ra).length < this.members(rb).length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    (this.sets.get(ra) as number[]).push(...this.members(rb));
    this.sets.delete(rb);
  }
}
