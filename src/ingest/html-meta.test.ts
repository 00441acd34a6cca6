import { describe, expect, it } from "vitest";
import { readHtml } from "./html.js";

const BODY = "<p>The River Front and the Hill Alliance agreed to a ceasefire in the spring.</p>";

function page(head: string, body = BODY): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`;
}

describe("HTML metadata", () => {
  it("reads Open Graph and <meta> tags", () => {
    const doc = readHtml(
      page(`<title>Ceasefire | Conflict Notes</title>
        <meta property="og:title" content="The Spring Ceasefire">
        <meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2016-04-02T23:30:00-05:00">`),
      "a.html",
    );
    expect(doc).toMatchObject({ title: "The Spring Ceasefire", author: "Ann Lee", published: "2016-04-02" });
  });

  it("reads JSON-LD headline, author and datePublished, and skips broken JSON-LD", () => {
    const doc = readHtml(
      page(`<script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Notes"},
          {"@type": "NewsArticle", "headline": "Ceasefire Holds", "datePublished": "2017-01-05",
           "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chen"}]}]}</script>`),
      "b.html",
    );
    expect(doc).toMatchObject({ title: "Ceasefire Holds", author: "Ann Lee, Bo Chen", published: "2017-01-05" });
  });

  it("reads Dublin Core and other date names", () => {
    expect(readHtml(page('<meta name="DC.date" content="2013-07">'), "c.html").published).toBe("2013-07");
    expect(readHtml(page('<meta name="pubdate" content="20130709">'), "c.html").published).toBe("2013-07-09");
  });

  it("reads <time datetime>, preferring the article's", () => {
    const body = `${BODY}<p>Posted <time datetime="2018-11-20T08:00">20 November</time></p>`;
    const html = `<html><body><aside><time datetime="2020-01-01">old</time></aside><article>${body}</article></body></html>`;
    expect(readHtml(html, "d.html").published).toBe("2018-11-20");
  });

  it("drops the site's name from <title>", () => {
    const head =
      '<title>Conflict Notes » The Spring Ceasefire</title><meta property="og:site_name" content="Conflict Notes">';
    expect(readHtml(page(head), "e.html").title).toBe("The Spring Ceasefire");
    expect(
      readHtml(page("<title>The Spring Ceasefire - Notes</title>", `<h1>The Spring Ceasefire</h1>${BODY}`), "e.html")
        .title,
    ).toBe("The Spring Ceasefire");
  });

  it("takes the title from <h1> when the head has none", () => {
    expect(readHtml(page("", `<h1>Ceasefire  Talks</h1>${BODY}`), "f.html").title).toBe("Ceasefire Talks");
  });

  it("dates a blog archive page from its text: the archive's month and year, the post's day", () => {
    const html = `<html><body>
      <div class="site">Conflict Notes</div><div class="menu">Home | About | Contact</div>
      <h2>Archive | May, 2017</h2>
      <div class="post"><h3>The Coast Brigade Changes Its Leader</h3><div class="day">9 May</div>
      <div class="entry"><p>The brigade named a new commander on Tuesday, replacing the man who had
      led it since its founding, according to a statement posted online.</p>
      <p>The new commander led the southern wing and is said to be close to the River Front.</p></div></div>
      </body></html>`;
    const doc = readHtml(html, "archive.html");
    expect(doc.published).toBe("2017-05-09");
    expect(doc.text).toMatch(/^The brigade named a new commander/);
  });

  it("leaves what the page does not say null", () => {
    expect(readHtml(page(""), "g.html")).toMatchObject({ title: null, author: null, published: null });
  });
});
