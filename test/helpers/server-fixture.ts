/**
 * A small store for API and browser tests: one hand-made document about the IMU, its pledge to
 * the Islamic State in 2015 among its relations, so tests do not depend on the extractor.
 */
import { openStore, type Store } from "../../src/store/index.js";
import { entity, extraction, makeDoc, relation, time } from "./extraction.js";

export const IMU_TEXT = [
  "In 1998 Tahir Yuldashev founded the Islamic Movement of Uzbekistan (IMU).",
  "In 2001 the IMU allied with the Taliban.",
  "In August 2015 the IMU pledged allegiance to the Islamic State.",
  "According to Abu Walid, the Taliban may have supported the IMU in 2003.",
  "The Taliban did not fight the IMU in 2010.",
].join(" ");

/** The fixture document, its extraction hand-written against IMU_TEXT. */
export function imuDocument() {
  const t = IMU_TEXT;
  const entities = [
    entity(t, "imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]),
    entity(t, "tahir", "person", "Tahir Yuldashev"),
    entity(t, "taliban", "organization", "Taliban"),
    entity(t, "is", "organization", "Islamic State"),
    entity(t, "walid", "person", "Abu Walid"),
  ];
  const relations = [
    relation(
      t,
      "tahir",
      "founded",
      "imu",
      "In 1998 Tahir Yuldashev founded the Islamic Movement of Uzbekistan (IMU).",
      {
        time: time("1998"),
      },
    ),
    relation(t, "imu", "allied_with", "taliban", "In 2001 the IMU allied with the Taliban.", { time: time("2001") }),
    relation(
      t,
      "imu",
      "pledged_allegiance_to",
      "is",
      "In August 2015 the IMU pledged allegiance to the Islamic State.",
      {
        time: time("2015-08"),
      },
    ),
    relation(
      t,
      "taliban",
      "supported",
      "imu",
      "According to Abu Walid, the Taliban may have supported the IMU in 2003.",
      {
        time: time("2003"),
        modality: "hedged",
        attributed_to: "walid",
      },
    ),
    relation(t, "taliban", "fought", "imu", "The Taliban did not fight the IMU in 2010.", {
      time: time("2010"),
      polarity: "negated",
    }),
  ];
  return {
    doc: makeDoc(t, { title: "The IMU and the Islamic State", published: "2015-08-11", source: "imu.txt" }),
    extraction: extraction(entities, relations),
  };
}

/** A store at `db` holding the fixture document. */
export async function openFixtureStore(db: string): Promise<Store> {
  const store = await openStore({ db });
  const { doc, extraction: ex } = imuDocument();
  await store.ingestDocument(doc, ex, { user: "fixture" });
  return store;
}

/** The id of the actor named `name` in `store`. */
export async function actorId(store: Store, name: string): Promise<number> {
  const [actor] = await store.findActors(name);
  if (!actor) throw new Error(`no actor ${name}`);
  return actor.id;
}
