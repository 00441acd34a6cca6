/**
 * Title, author and publication date from what a page says about itself: Open Graph and other
 * <meta> tags, JSON-LD (schema.org Article), <time datetime>, <title> and <h1>. Read before
 * scripts are removed, since JSON-LD lives in a <script> element.
 */
import { toIsoDate } from "./iso-date.js";
import { readJsonLd } from "./json-ld.js";

/** What a page's markup says about the document. */
export interface HtmlMetadata {
  title: string | null;
  author: string | null;
  /** ISO date, possibly partial. */
  published: string | null;
}

/** <meta> names and properties that carry the publication date, most specific first. */
const DATE_META = [
  "article:published_time og:published_time og:article:published_time datepublished citation_publication_date",
  "citation_date dc.date.issued dcterms.issued dc.date dcterms.date dcterms.created date pubdate publishdate",
  "publish-date publication_date sailthru.date parsely-pub-date article.published",
]
  .join(" ")
  .split(" ");
const AUTHOR_META =
  "author article:author dc.creator dcterms.creator citation_author parsely-author sailthru.author".split(" ");
const TITLE_META = "og:title twitter:title dc.title citation_title".split(" ");
const SITE_META = "og:site_name application-name".split(" ");
// "The Post | The Blog", "The Post – The Blog", "The Blog » The Post"
const TITLE_SEPARATOR = /(\s+(?:\||-|–|—|»|::|·)\s+)/;

/** Read a page's metadata; every field is null when the page does not say. */
export function htmlMetadata(document: Document): HtmlMetadata {
  const meta = metaValues(document);
  const ld = readJsonLd(document);
  const first = (keys: string[]): string | null => {
    for (const key of keys) if (meta.has(key)) return meta.get(key) ?? null;
    return null;
  };
  // JSON-LD's headline before <title>: <title> usually carries the site's name as well.
  const h1 = clean(document.querySelector("h1")?.textContent);
  const title = first(TITLE_META) ?? ld.headline ?? withoutSiteName(clean(document.title), h1, first(SITE_META)) ?? h1;
  // article:author is often a profile URL, which names no one.
  const metaAuthor = first(AUTHOR_META);
  const author = metaAuthor && !/^https?:\/\//i.test(metaAuthor) ? metaAuthor : ld.author;
  // The first date that parses: a "date" meta holding "today" must not hide a good JSON-LD date.
  const metaDate = DATE_META.map((key) => toIsoDate(meta.get(key))).find((iso) => iso !== null) ?? null;
  const published = metaDate ?? toIsoDate(ld.datePublished) ?? toIsoDate(timeElementDate(document));
  return { title, author, published };
}

// "Hill Notes | Conflict Blog" with the <h1> "Hill Notes", or og:site_name "Conflict Blog": the
// post's own title is the part that is not the site's name.
function withoutSiteName(title: string | null, h1: string | null, siteName: string | null): string | null {
  if (!title) return null;
  // With a capturing group, split keeps the separators: [part, separator, part, …].
  const pieces = title.split(TITLE_SEPARATOR);
  if (pieces.length < 3) return title;
  const same = (a: string | undefined, b: string | null): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();
  const heading = pieces.find((piece, i) => i % 2 === 0 && same(piece, h1));
  if (heading) return heading;
  if (same(pieces[0], siteName)) return pieces.slice(2).join("");
  if (same(pieces[pieces.length - 1], siteName)) return pieces.slice(0, -2).join("");
  return title;
}

// All <meta> values by lower-cased name, property or itemprop; the first of each wins.
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll("meta[content]"))) {
    const content = clean(el.getAttribute("content"));
    if (!content) continue;
    for (const attr of ["name", "property", "itemprop"]) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

// <time pubdate> or itemprop="datePublished" first; else the first <time> of the article, then of the page.
function timeElementDate(document: Document): string | null {
  const el =
    document.querySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime]") ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return el?.getAttribute("datetime") ?? null;
}

/** Whitespace collapsed and trimmed; null when nothing is left. */
export function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}
