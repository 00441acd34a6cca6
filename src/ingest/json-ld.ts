/**
 * schema.org metadata from a page's <script type="application/ld+json"> blocks, as news sites and
 * blogs publish it: { "@type": "NewsArticle", "headline": …, "datePublished": …, "author": … }.
 * The JSON is data: parsed with JSON.parse, never evaluated; a block that does not parse is skipped.
 */

/** The article fields linkage reads from JSON-LD. */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
}

type JsonObject = Record<string, unknown>;

// Article, NewsArticle, BlogPosting, Report, ScholarlyArticle…: preferred over WebPage or Organization.
const ARTICLE_TYPE = /article|posting|report/i;

/** The first article described in the page's JSON-LD, or all-null fields. */
export function readJsonLd(document: Document): JsonLdArticle {
  const candidates: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    candidates.push(...topLevelObjects(parseJson(script.textContent ?? "")));
  }
  const withFields = candidates.filter((o) => typeof o.headline === "string" || typeof o.datePublished === "string");
  const article = withFields.find((o) => ARTICLE_TYPE.test(String(o["@type"] ?? ""))) ?? withFields[0];
  if (!article) return { headline: null, author: null, datePublished: null };
  return {
    headline: text(article.headline),
    author: authorName(article.author),
    datePublished: text(article.datePublished),
  };
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // Broken JSON-LD is common on real pages; the other metadata still counts.
    return null;
  }
}

// A block is an object, an array of objects, or an object with an "@graph" array. Only these
// levels are looked at, so a deeply nested block costs nothing.
function topLevelObjects(value: unknown): JsonObject[] {
  const items = Array.isArray(value) ? value : [value];
  const objects = items.filter(isObject);
  const graph = objects.flatMap((o) => (Array.isArray(o["@graph"]) ? o["@graph"].filter(isObject) : []));
  return [...objects, ...graph];
}

// "author": "Ann", {"name": "Ann"} or [{"name": "Ann"}, {"name": "Bo"}]
function authorName(value: unknown): string | null {
  const people = Array.isArray(value) ? value : [value];
  const names = people
    .map((p) => (isObject(p) ? text(p.name) : text(p)))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(", ") : null;
}

function text(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed || null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
