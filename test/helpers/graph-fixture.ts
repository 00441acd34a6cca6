/**
 * A small hand-made graph for export and import tests, independent of the extractor and of any
 * corpus: two documents whose relations cover what exports must carry — founding, a leadership
 * succeeded, an alliance turned rivalry, a pledge, a hedged and a negated attributed claim, a
 * decade, an undated relation, an isolated place, and a name with a comma, quotes and a line
 * break.
 */
import type { Store } from "../../src/store/index.js";
import { entity, extraction, makeDoc, relation, time } from "./extraction.js";

/** The awkward name: CSV, XML and JSON writers must all carry it unchanged. */
export const AWKWARD_NAME = 'Brigade "North, of the\nValley"';

export const FIXTURE_TEXT_A = [
  "In 1998 the Islamic Movement of Uzbekistan (IMU) was founded by Tahir Yuldashev.",
  "Tahir Yuldashev led the IMU from 1998.",
  "In 2009 Usmon Odil replaced Tahir Yuldashev as head of the IMU.",
  "The IMU allied with the Taliban in 2001.",
  "By 2014 the IMU was a rival of the Taliban.",
  "In August 2015 the IMU pledged allegiance to the Islamic State.",
  "Pakistan reportedly supported the Taliban.",
  "According to Abu Bakr al-Baghdadi, the Taliban did not fight the Islamic State in 2015.",
  `In the 1990s the ${AWKWARD_NAME} fought the IMU, "with rifles, and <grenades> & mortars".`,
  "Its fighters trained in Waziristan.",
].join(" ");

export const FIXTURE_TEXT_B = "The Taliban met the IMU in 2016. The IMU and the Taliban clashed.";

/** Ingest the two fixture documents into `store`. */
export async function seedFixture(store: Store): Promise<void> {
  const a = FIXTURE_TEXT_A;
  const ents = [
    entity(a, "imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]),
    entity(a, "tahir", "person", "Tahir Yuldashev"),
    entity(a, "usmon", "person", "Usmon Odil"),
    entity(a, "taliban", "organization", "Taliban"),
    entity(a, "is", "organization", "Islamic State"),
    entity(a, "pakistan", "organization", "Pakistan"),
    entity(a, "baghdadi", "person", "Abu Bakr al-Baghdadi"),
    entity(a, "brigade", "organization", AWKWARD_NAME),
    entity(a, "waziristan", "location", "Waziristan"),
  ];
  const sentence = (i: number) => a.split(/(?<=\.) (?=[A-Z])/)[i];
  const rels = [
    relation(a, "tahir", "founded", "imu", sentence(0), { time: time("1998") }),
    relation(a, "tahir", "leader_of", "imu", sentence(1), { time: time("1998") }),
    relation(a, "usmon", "leader_of", "imu", sentence(2), { time: time("2009") }),
    relation(a, "imu", "allied_with", "taliban", sentence(3), { time: time("2001") }),
    relation(a, "imu", "rival_of", "taliban", sentence(4), { time: time("2014") }),
    relation(a, "imu", "pledged_allegiance_to", "is", sentence(5), { time: time("2015-08"), confidence: 0.875 }),
    relation(a, "pakistan", "supported", "taliban", sentence(6), { modality: "hedged" }),
    relation(a, "taliban", "fought", "is", sentence(7), {
      polarity: "negated",
      attributed_to: "baghdadi",
      time: time("2015"),
    }),
    relation(a, "brigade", "fought", "imu", sentence(8), { time: { start: "1990s", end: null, precision: "decade" } }),
  ];
  const published = { title: 'Uzbek militants, "the IMU", and the Islamic State', published: "2015-08-11" };
  await store.ingestDocument(makeDoc(a, { source: "imu.txt", ...published }), {
    ...extraction(ents, rels),
    document: published,
  });

  const b = FIXTURE_TEXT_B;
  const entsB = [
    entity(b, "taliban", "organization", "Taliban"),
    entity(b, "imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]),
  ];
  const relsB = [
    relation(b, "taliban", "met", "imu", "The Taliban met the IMU in 2016.", { time: time("2016") }),
    relation(b, "imu", "fought", "taliban", "The IMU and the Taliban clashed."),
  ];
  await store.ingestDocument(makeDoc(b, { source: "https://example.org/news?id=7&x=1" }), extraction(entsB, relsB));
}
