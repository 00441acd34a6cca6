/**
 * Words that shape how names are compared across documents: articles and connectors that
 * transliterations add or drop, honorifics, the particles of Arabic names, and name parts so
 * common that sharing them says little. Lower case, diacritics and ʿayn/hamza marks removed.
 */

/** A word list written as one space-separated string, to keep long lists readable. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/**
 * The Arabic article in its spellings, sun-letter assimilations included ("ash-Shabaab",
 * "ad-Dawla"), and after "wa" ("wa-l-Jihad", "wa-sh-Sham").
 */
export const ARTICLES = words("al el il ul ad adh ed ud an ar as ash at ath az es us ut uz ur un l sh");

/**
 * Connectors and function words that spellings of one name add or drop: the Persian/Urdu
 * ezafe ("Tehrik-e-Taliban", "Tehrik-i-Taliban"), Arabic "wa"/"fi"/"li", English and French
 * function words. They are not compared, but acronyms may use their initials ("LeT").
 */
export const CONNECTORS = words("e i o wa wal fi li lil lid the of and for in on to a de du des la le les del y et");

/** "Abu X" / "Umm X": X is a kunya, which two names of one person must not contradict. */
export const KUNYA_MARKERS = words("abu abou abo aboo abi umm um ummu");

/** "bin" / "ibn" introduce a father's or family name; the particle itself is not compared. */
export const FILIATION = words("bin ibn ben bint b ould walad");

/**
 * Titles and honorifics that come and go between sources ("Mullah Omar", "Dr. Ayman
 * al-Zawahiri", "Shaykh Usama"). Words that are also given names (Amir, Sayyid, Hafiz, Sultan)
 * are left out: dropping them would merge different people.
 */
export const HONORIFICS = words(`
  mullah mulla mollah molla mawlawi maulvi molvi moulvi mawlana maulana moulana
  sheikh shaykh shaikh sheik cheikh shaik imam emir hajji haji hajj alhaji qari
  ayatollah ayatullah hojatoleslam sayyed seyyed ustad ustadh ustaz
  dr doctor mr mrs ms prof professor president gen general col colonel lt maj major
  capt captain commander cmdr sir king prince`);

/**
 * Given names borne by so many people that a shared one proves nothing ("Muhammad", "Ali"),
 * one spelling each: compare them through src/resolve/transliteration.ts.
 */
export const COMMON_GIVEN_NAMES = words(`
  muhammad ahmad ali hasan husain umar uthman abdallah ibrahim ismail yusuf mustafa
  mahmud khalid said abd salih yahya bilal jamal anas sulayman talha zayd walid adnan
  hamza nasir idris tariq faisal hamid rashid karim aziz jafar musa isa harun dawud yaqub
  mansur amin saif zubayr usama hamad ayyub yunus nuh zakariya sharif fadl abbas`);

/**
 * Nisbas of origin shared by many fighters ("al-Libi", "al-Masri", "al-Almani"): two people
 * sharing only one of these are not thereby the same ("Abu Yahya al-Libi" ≠ "Abu al-Layth al-Libi").
 */
export const COMMON_NISBAS = words(`
  libi misri masri suri shami iraqi baghdadi yemeni yamani urduni filistini saudi najdi
  hijazi jazrawi kuwaiti bahraini qatari emirati omani sudani somali maghribi jazairi tunisi
  muritani pakistani afghani hindi bangali turki turkistani uzbeki tajiki shishani kurdi
  almani britani faransi amriki kanadi australi ansari muhajir qahtani utaibi harbi shahri
  ghamdi zahrani qurashi husseini hashimi`);

/**
 * Head words of organization names, English and transliterated ("X Front", "Jabhat X", "Lashkar-e-X"):
 * a name with one is an organization's even when it names a person ("Usama bin Ladin Network").
 */
export const ORG_HEADS = words(`
  group groups army front movement brigade brigades battalion battalions party organization
  organisation network council union league forces force foundation committee society
  association congress state emirate militia tigers fighters guard guards wing faction cell
  province wilayat wilaya jamaat jamaa jamaah jemaah jamiat harakat harakah tehrik tehreek
  tahrik lashkar jaish jaysh hizb hezb jabhat jabha katibat kataib saraya tanzim ittihad majlis
  sipah`);

/**
 * Words many organization names share besides their heads ("Islamic", "Jihad", "Ansar"), in
 * English and Arabic: sharing these alone does not make two organizations the same.
 */
export const ORG_COMMON_WORDS = words(`
  islamic islami islamiya islamiyya islamiyah dawla dawlah dawlat jihad national revolutionary
  liberation resistance popular people peoples mujahidin mujahideen ansar shura holy`);

/**
 * Heads that label an organization without making another one: "Haqqani Network" is the
 * Haqqanis, "al-Nusra Front" al-Nusra. Not so brigades, armies or wings: "Hizballah Brigades"
 * (Kata'ib Hizballah) is another organization than Hizballah.
 */
export const LABEL_HEADS = words(
  "group network movement organization organisation party front tanzim jamaat jamaa jamaah",
);
