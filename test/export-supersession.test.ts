/**
 * The intervals exports give each relation (supersession.ts, in TypeScript) must hold exactly on
 * the days `linkage relations --as-of` says it holds (relation-sql.ts, in SQL). Checked day by
 * day over the fixture's leadership succession, alliance turned rivalry, events and decade.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { effectiveEnds } from "../src/export/supersession.js";
import { openStore, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { seedFixture } from "./helpers/graph-fixture.js";

const DAYS = [
  "1989-12-31",
  "1990-01-01",
  "1997-06-30",
  "1998-01-01",
  "2001-06-30",
  "2008-12-31",
  "2009-01-01",
  "2013-12-31",
  "2014-01-01",
  "2015-08-15",
  "2015-12-31",
  "2016-01-01",
  "2020-01-01",
];

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`relation intervals on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      await seedFixture(store);
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("holds a relation on exactly the days the store's as-of query lists it", async () => {
      const { assertions } = await store.exportGraph();
      const ends = effectiveEnds(assertions);
      for (const day of DAYS) {
        const fromStore = (await store.listRelations({ asOf: day })).map((r) => r.id).sort((a, b) => a - b);
        const fromIntervals = assertions
          .filter((a) => a.valid_from !== null && a.valid_from <= day)
          .filter((a) => {
            const end = ends.get(a.id);
            return end === null || (end as string) >= day;
          })
          .map((a) => a.id)
          .sort((a, b) => a - b);
        expect(fromIntervals, day).toEqual(fromStore);
      }
    });
  });
}
