/**
 * Generated names for throughput checks: people in the patterns of Arabic names (given name,
 * father's name, kunya, nisba, "LAST, First"), spelled in several romanizations, and
 * organizations. Deterministic: the same seed gives the same list.
 */
const GIVEN = [
  "Muhammad",
  "Mohammed",
  "Ahmad",
  "Ahmed",
  "Ali",
  "Hasan",
  "Hussein",
  "Umar",
  "Omar",
  "Uthman",
  "Usman",
  "Khalid",
  "Khaled",
  "Yusuf",
  "Yousef",
  "Ibrahim",
  "Ismail",
  "Mustafa",
  "Mahmud",
  "Abdullah",
  "Abd al-Rahman",
  "Abdul Rahman",
  "Abdurrahman",
  "Tariq",
  "Tarek",
  "Sa'id",
  "Saeed",
  "Hamza",
  "Hamzah",
  "Bilal",
  "Anas",
  "Zayd",
  "Zaid",
  "Mus'ab",
  "Musab",
  "Usama",
  "Osama",
  "Jamal",
  "Gamal",
  "Nasir",
  "Nasser",
  "Salih",
  "Saleh",
  "Faisal",
  "Faysal",
  "Walid",
  "Waleed",
  "Yahya",
  "Yahia",
  "Idris",
  "Adnan",
  "Talha",
];
const FAMILY = [
  "Ladin",
  "Laden",
  "Zawahiri",
  "Zawahri",
  "Masri",
  "Misri",
  "Libi",
  "Liby",
  "Baghdadi",
  "Suri",
  "Shami",
  "Qahtani",
  "Kahtani",
  "Ghamdi",
  "Zahrani",
  "Awlaki",
  "Aulaqi",
  "Harbi",
  "Utaybi",
  "Otaibi",
  "Tamimi",
  "Shishani",
  "Almani",
  "Tunisi",
  "Urduni",
  "Filastini",
  "Kuwaiti",
  "Hadrami",
  "Yemeni",
  "Janabi",
  "Dulaimi",
  "Mehsud",
  "Mahsud",
  "Haqqani",
  "Haqani",
  "Kandahari",
  "Khorasani",
  "Turkistani",
  "Uzbeki",
];
const ORG_HEAD = ["Jabhat", "Harakat", "Jaish", "Lashkar", "Tehrik", "Katibat", "Saraya", "Ansar", "Jama'at", "Liwa"];
const ORG_TAIL = [
  "al-Nusra",
  "al-Furqan",
  "al-Islam",
  "al-Sunna",
  "al-Haqq",
  "al-Tawhid",
  "al-Muhajirin",
  "al-Fath",
  "e-Mohammed",
  "i-Taiba",
  "ul-Mujahidin",
  "al-Mahdi",
  "al-Khilafa",
  "al-Ansar",
];

/** A small linear congruential generator: tests need repeatable, not random, lists. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `n` names, some of them spelling variants of others. */
export function generateNames(n: number, seed = 7): string[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const names: string[] = [];
  while (names.length < n) {
    const r = random();
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    if (r < 0.3) names.push(`${given} ${pick(GIVEN)} al-${family}`);
    else if (r < 0.5) names.push(`Abu ${pick(GIVEN)} al-${family}`);
    else if (r < 0.65) names.push(`${family.toUpperCase()}, ${given} ${pick(GIVEN)}`);
    else if (r < 0.8) names.push(`${given} bin ${pick(GIVEN)} bin ${family}`);
    else names.push(`${pick(ORG_HEAD)} ${pick(ORG_TAIL)}${random() < 0.3 ? ` ${pick(FAMILY)}` : ""}`);
  }
  return names;
}
