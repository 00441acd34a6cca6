/** `/actors/:id`: an actor's names, every relation it is in with its sentence, and the documents naming it. */
import { api } from "../app/api";
import { el, link, replace } from "../app/dom";
import { relationCard } from "../app/relation-card";
import type { Page } from "../app/router";
import { paths } from "../app/routes";
import { session } from "../app/session";
import { curationForms } from "./actor-curation";

export const actorPage: Page = async ({ root, params, signal }) => {
  const id = Number(params.id);
  const [actor, s] = await Promise.all([api.actor(id, signal), session()]);
  document.title = `${actor.name} · linkage`;
  const others = new Map<number, string>();
  for (const r of actor.relations) {
    const other = r.subject.id === id ? r.object : r.subject;
    others.set(other.id, other.name);
  }
  replace(
    root,
    el(
      "section",
      { class: "profile", attrs: { "data-actor": actor.id } },
      el("h1", null, actor.name),
      el("p", { class: "meta" }, el("span", { class: `badge type ${actor.type}` }, actor.type)),
      actor.aliases.length > 0 && el("p", { class: "aliases" }, "Also: ", actor.aliases.join(" · ")),
      el("p", { class: "links" }, link(paths.network({ actor: actor.name }), null, "network around it")),
      s.can_write && curationForms(actor),
      el("h2", null, `Relations (${actor.relations.length})`),
      actor.relations.length === 0
        ? el("p", null, "No relations yet.")
        : el("div", { class: "relations" }, ...actor.relations.map((r) => relationCard(r, { canWrite: s.can_write }))),
      others.size > 0 && el("h2", null, "Pair timelines"),
      others.size > 0 &&
        el(
          "ul",
          { class: "pairs" },
          ...[...others.values()].map((name) =>
            el("li", null, link(paths.timeline(actor.name, name), null, `with ${name}`)),
          ),
        ),
      el("h2", null, `Documents (${actor.documents.length})`),
      el(
        "ul",
        { class: "documents" },
        ...actor.documents.map((d) =>
          el("li", null, link(paths.document(d.id), null, d.title ?? `Document ${d.id}`), ` — ${d.mentions} mentions`),
        ),
      ),
    ),
  );
};
