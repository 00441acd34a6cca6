/**
 * One assertion as analysts read it: who, what relation, whom, when, how sure and on whose word,
 * the sentence it came from, and (for those who may write) the buttons to accept, reject or
 * correct it, and to undo that decision.
 */
import { api, type Decision, type Reviewable } from "./api";
import { correctionForm } from "./correction-form";
import { el, link, replace } from "./dom";
import { timeWords, typeWords } from "./format";
import { errorFor } from "./router";
import { paths } from "./routes";

export interface CardOptions {
  /** Show review buttons. */
  canWrite: boolean;
  /** Leave out the link to the document (the reader already shows it). */
  inDocument?: boolean;
}

/** A card for `r`; its data-assertion and data-status attributes name it for tests and styles. */
export function relationCard(r: Reviewable, opts: CardOptions): HTMLElement {
  const card = el("article", { class: "relation", attrs: { "data-assertion": r.id } });
  render(card, r, opts, null);
  return card;
}

/** Draw the card; `change` is the decision just made here, which the card offers to undo. */
function render(card: HTMLElement, r: Reviewable, opts: CardOptions, change: number | null): void {
  card.dataset.status = r.status;
  card.classList.toggle("negated", r.polarity === "negated");
  card.classList.toggle("hedged", r.modality === "hedged");
  const claim = el(
    "p",
    { class: "claim" },
    link(paths.actor(r.subject.id), { class: "actor" }, r.subject.name),
    " ",
    el("span", { class: "type" }, r.polarity === "negated" ? `not ${typeWords(r.type)}` : typeWords(r.type)),
    " ",
    link(paths.actor(r.object.id), { class: "actor" }, r.object.name),
  );
  const meta = el(
    "p",
    { class: "meta" },
    el("span", { class: "time" }, timeWords(r.time)),
    r.modality === "hedged" && el("span", { class: "badge hedged" }, "hedged"),
    r.polarity === "negated" && el("span", { class: "badge negated" }, "negated"),
    r.attributed_to && el("span", { class: "attribution" }, `according to ${r.attributed_to}`),
    el("span", { class: `badge status ${r.status}` }, r.status),
  );
  const links = el(
    "p",
    { class: "links" },
    !opts.inDocument && link(paths.document(r.evidence.document, r.id), null, "read in document"),
    link(paths.timeline(r.subject.name, r.object.name), null, "pair timeline"),
  );
  replace(card, claim, meta, el("blockquote", { class: "evidence" }, r.evidence.text), links);
  if (opts.canWrite) card.append(reviewButtons(card, r, opts, change));
}

function reviewButtons(card: HTMLElement, r: Reviewable, opts: CardOptions, change: number | null): HTMLElement {
  const box = el("div", { class: "review-buttons" });
  const busy = (on: boolean) => {
    for (const b of box.querySelectorAll("button")) b.disabled = on;
  };
  const act = async (fn: () => Promise<void>) => {
    busy(true);
    try {
      await fn();
    } catch (err) {
      card.append(errorFor(err));
      busy(false);
    }
  };
  // Name what was seen: the version if the page had it, else the status.
  const seen = r.version !== undefined ? { expected_version: r.version } : { expected_status: r.status };
  const decide = (decision: Decision) =>
    act(async () => {
      const { change: made, assertion } = await api.review(r.id, { ...decision, ...seen });
      render(card, assertion, opts, made);
    });
  const undo = (made: number) =>
    act(async () => {
      await api.undo(made);
      render(card, await api.assertion(r.id), opts, null);
    });
  const button = (label: string, cls: string, decision: string, onClick: () => void) =>
    el("button", { class: cls, attrs: { type: "button", "data-decision": decision }, on: { click: onClick } }, label);
  if (r.status !== "accepted")
    box.append(button("Accept", "accept", "accepted", () => void decide({ status: "accepted" })));
  if (r.status !== "rejected")
    box.append(button("Reject", "reject", "rejected", () => void decide({ status: "rejected" })));
  box.append(
    button("Correct…", "correct", "corrected", () => {
      box.replaceWith(
        correctionForm(
          r,
          (corrections) => decide({ status: "corrected", corrections }),
          () => render(card, r, opts, change),
        ),
      );
    }),
  );
  if (change !== null) box.append(button("Undo", "undo", "undo", () => void undo(change)));
  return box;
}
