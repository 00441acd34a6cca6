/** `/timeline?a=&b=`: everything two actors did to or with each other, in time order. */
import { api } from "../app/api";
import { el, replace } from "../app/dom";
import { yearOf } from "../app/format";
import { relationCard } from "../app/relation-card";
import { navigate, type Page } from "../app/router";
import { paths } from "../app/routes";
import { session } from "../app/session";

export const timelinePage: Page = async ({ root, query, signal }) => {
  const a = query.get("a") ?? "";
  const b = query.get("b") ?? "";
  const inputA = el("input", { attrs: { name: "a", value: a, placeholder: "Actor", "aria-label": "First actor" } });
  const inputB = el("input", { attrs: { name: "b", value: b, placeholder: "Actor", "aria-label": "Second actor" } });
  const form = el(
    "form",
    {
      class: "pair",
      on: {
        submit: (e) => {
          e.preventDefault();
          navigate(paths.timeline(inputA.value.trim(), inputB.value.trim()));
        },
      },
    },
    inputA,
    " and ",
    inputB,
    el("button", { attrs: { type: "submit" } }, "Show timeline"),
  );
  document.title = a && b ? `${a} and ${b} · linkage` : "Pair timeline · linkage";
  if (!a || !b) return void replace(root, el("h1", null, "Pair timeline"), form);
  const [{ relations }, s] = await Promise.all([api.timeline(a, b, signal), session()]);
  const list = el("ol", { class: "timeline" });
  let lastYear: number | null | undefined;
  for (const r of relations) {
    const year = yearOf(r.time.start);
    const marker = year !== lastYear ? el("span", { class: "year" }, year === null ? "undated" : String(year)) : null;
    lastYear = year;
    list.append(el("li", null, marker, relationCard(r, { canWrite: s.can_write })));
  }
  replace(
    root,
    el("h1", null, `${a} and ${b}`),
    form,
    relations.length === 0 ? el("p", null, "No relations between them.") : list,
  );
};
