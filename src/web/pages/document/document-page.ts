/**
 * `/documents/:id`: the text with every mention linked to its actor and every relation's
 * evidence marked, beside the list of relations read in it. `?assertion=ID` scrolls to one.
 */
import { api } from "../../app/api";
import { el, link, replace } from "../../app/dom";
import { relationCard } from "../../app/relation-card";
import type { Page } from "../../app/router";
import { paths } from "../../app/routes";
import { session } from "../../app/session";
import type { DocumentDetail, RelationRecord } from "../../app/types";
import { segments } from "./text-segments";

export const documentPage: Page = async ({ root, params, query, signal }) => {
  const [doc, s] = await Promise.all([api.document(Number(params.id), signal), session()]);
  document.title = `${doc.title ?? `Document ${doc.id}`} · linkage`;
  const text = el("div", { class: "document-text", attrs: { lang: "en" } }, ...textNodes(doc));
  const cards = doc.relations.map((r) => relationCard(r, { canWrite: s.can_write, inDocument: true }));
  const side = el(
    "aside",
    { class: "document-relations" },
    el("h2", null, `Relations (${doc.relations.length})`),
    ...cards,
  );
  replace(
    root,
    el("h1", null, doc.title ?? `Document ${doc.id}`),
    el("p", { class: "meta" }, [doc.published, doc.author, doc.source].filter(Boolean).join(" · ")),
    el("div", { class: "reader" }, text, side),
  );
  // Choosing a marked sentence shows its relations; choosing a relation shows its sentence.
  text.addEventListener("click", (e) => {
    const mark = (e.target as Element).closest("mark");
    if (mark) focus(root, (mark.dataset.assertions ?? "").split(" ").map(Number));
  });
  side.addEventListener("click", (e) => {
    const card = (e.target as Element).closest<HTMLElement>("article.relation");
    if (card && !(e.target as Element).closest("a, button")) focus(root, [Number(card.dataset.assertion)]);
  });
  const wanted = Number(query.get("assertion"));
  if (wanted) focus(root, [wanted]);
};

/** The text as nodes: mentions as links to actors, evidence as marks naming their assertions. */
function textNodes(doc: DocumentDetail): Node[] {
  const evidence = evidenceSpans(doc.relations);
  return segments(doc.text, doc.mentions, evidence).map((seg) => {
    let node: Node = document.createTextNode(seg.text);
    const mention = seg.mentions[0];
    if (mention)
      node = link(paths.actor(mention.actor.id), { class: "mention", attrs: { title: mention.actor.name } }, node);
    if (seg.evidence.length > 0) {
      const ids = seg.evidence.flatMap((e) => e.ids).join(" ");
      node = el("mark", { class: "evidence", attrs: { "data-assertions": ids } }, node);
    }
    return node;
  });
}

/** One span per distinct evidence sentence, with the assertions it supports. */
function evidenceSpans(relations: readonly RelationRecord[]) {
  const spans = new Map<string, { start: number; end: number; ids: number[] }>();
  for (const r of relations) {
    const key = `${r.evidence.start}-${r.evidence.end}`;
    const span = spans.get(key) ?? { start: r.evidence.start, end: r.evidence.end, ids: [] };
    span.ids.push(r.id);
    spans.set(key, span);
  }
  return [...spans.values()];
}

function focus(root: HTMLElement, ids: number[]): void {
  for (const old of root.querySelectorAll(".focus")) old.classList.remove("focus");
  for (const id of ids) {
    for (const mark of root.querySelectorAll(`mark[data-assertions~="${id}"]`)) mark.classList.add("focus");
    root.querySelector(`article.relation[data-assertion="${id}"]`)?.classList.add("focus");
  }
  const first = ids[0];
  root.querySelector(`mark[data-assertions~="${first}"]`)?.scrollIntoView({ block: "center" });
  root.querySelector(`article.relation[data-assertion="${first}"]`)?.scrollIntoView({ block: "nearest" });
}
