/**
 * Curating an actor from its profile: merge another actor into it (the same group under two
 * names), or split some of its names off into a new actor (two groups read as one). Each names
 * the version the page showed; if someone changed the actor meanwhile, the server refuses.
 */
import { api } from "../app/api";
import { el } from "../app/dom";
import { errorFor, navigate } from "../app/router";
import { paths } from "../app/routes";
import type { ActorProfile } from "../app/types";

export function curationForms(actor: ActorProfile): HTMLElement {
  const message = el("div", { class: "curation-message", attrs: { "aria-live": "polite" } });
  const run = async (work: () => Promise<string>) => {
    try {
      const path = await work();
      navigate(path);
    } catch (err) {
      message.replaceChildren(errorFor(err));
    }
  };

  const absorb = el("input", {
    attrs: { name: "absorb", placeholder: "name or id of the other actor", "aria-label": "Actor to merge in" },
  });
  const merge = el(
    "form",
    { class: "merge" },
    el("label", null, "Merge into this actor: ", absorb),
    el("button", { attrs: { type: "submit" } }, "Merge"),
  );
  merge.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!absorb.value.trim()) return;
    void run(async () => {
      await api.merge(actor.id, { absorb: absorb.value.trim(), expected_version: actor.version });
      return paths.actor(actor.id);
    });
  });

  const boxes = actor.aliases.map((alias) => el("input", { attrs: { type: "checkbox", name: "alias", value: alias } }));
  const newName = el("input", {
    attrs: { name: "name", placeholder: "name of the new actor (optional)", "aria-label": "New actor's name" },
  });
  const split = el(
    "form",
    { class: "split" },
    el("p", null, "Split these names off into a new actor:"),
    ...boxes.map((box) => el("label", null, box, box.value)),
    newName,
    el("button", { attrs: { type: "submit" } }, "Split"),
  );
  split.addEventListener("submit", (e) => {
    e.preventDefault();
    const aliases = boxes.filter((b) => b.checked).map((b) => b.value);
    if (aliases.length === 0) return;
    void run(async () => {
      const { created } = await api.split(actor.id, {
        aliases,
        name: newName.value.trim() || undefined,
        expected_version: actor.version,
      });
      return paths.actor(created.id);
    });
  });

  return el(
    "details",
    { class: "curation" },
    el("summary", null, "Curate this actor"),
    message,
    merge,
    actor.aliases.length > 0 && split,
  );
}
