/** `/search?q=`: documents whose text matches (with the matching words marked) and actors whose names do. */
import { api } from "../app/api";
import { el, link, replace } from "../app/dom";
import type { Page } from "../app/router";
import { paths } from "../app/routes";

export const searchPage: Page = async ({ root, query, signal }) => {
  const q = (query.get("q") ?? "").trim();
  const box = document.querySelector<HTMLInputElement>("header input[name=q]");
  if (box) box.value = q;
  document.title = `${q} · search · linkage`;
  if (!q) return void replace(root, el("h1", null, "Search"), el("p", null, "Type in the search box above."));
  const results = await api.search(q, signal);
  replace(
    root,
    el("h1", null, `Search: ${q}`),
    el("h2", null, `Actors (${results.actors.length})`),
    el(
      "ul",
      { class: "actor-hits" },
      ...results.actors.map((a) =>
        el(
          "li",
          null,
          link(paths.actor(a.id), null, a.name),
          ` (${a.type})`,
          a.matched !== a.name && el("span", { class: "matched" }, ` as “${a.matched}”`),
        ),
      ),
    ),
    el("h2", null, `Documents (${results.documents.length})`),
    el(
      "ul",
      { class: "document-hits" },
      ...results.documents.map((d) =>
        el(
          "li",
          null,
          link(paths.document(d.id), null, d.title ?? d.source),
          d.published && ` · ${d.published}`,
          el("p", { class: "snippet" }, ...d.snippet.map((p) => (p.match ? el("mark", null, p.text) : p.text))),
        ),
      ),
    ),
  );
};
