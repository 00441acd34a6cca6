/**
 * The network view's filters: a time slider (the graph as it stood at the end of a year, or all
 * time), relation families, negated and hedged edges, a dated period, and (asked of the server)
 * one actor's neighbourhood or one relation type.
 */
import { FAMILY_LABEL, RELATION_FAMILIES } from "../../../services/relation-families";
import { RELATION_TYPES } from "../../../types";
import { el } from "../../app/dom";
import { typeWords } from "../../app/format";

/** What the filters say. `asOf` null means all time. */
export interface Filters {
  asOf: number | null;
  families: Set<string>;
  negated: boolean;
  hedged: boolean;
  from: number | null;
  to: number | null;
  actor: string;
  type: string;
}

export interface Controls {
  element: HTMLElement;
  read(): Filters;
  /** Set the slider's years (all time sits one step past the last year). */
  setYears(min: number | null, max: number | null): void;
}

/**
 * The filter panel. `onLocal` fires for filters the page applies itself; `onServer` for those
 * that need a new graph from the server (as-of, actor, type).
 */
export function networkControls(initial: Partial<Filters>, onLocal: () => void, onServer: () => void): Controls {
  const slider = el("input", {
    attrs: { type: "range", name: "as_of", min: 0, max: 1, step: 1, "aria-label": "As of year" },
  });
  const sliderLabel = el("output", { attrs: { for: "as_of" } }, "all time");
  let years: { min: number; max: number } | null = null;
  const sliderYear = () => (years && Number(slider.value) <= years.max ? Number(slider.value) : null);
  const showYear = () => {
    const y = sliderYear();
    sliderLabel.value = y === null ? "all time" : `as of ${y}`;
  };
  slider.addEventListener("input", showYear);
  slider.addEventListener("change", onServer);

  const familyBoxes = RELATION_FAMILIES.map((f) =>
    el("input", {
      attrs: { type: "checkbox", name: "family", value: f, checked: initial.families?.has(f) ?? true },
      on: { change: onLocal },
    }),
  );
  const check = (name: string, on: boolean | undefined) =>
    el("input", { attrs: { type: "checkbox", name, checked: on ?? true }, on: { change: onLocal } });
  const negated = check("negated", initial.negated);
  const hedged = check("hedged", initial.hedged);
  const year = (name: string, value: number | null | undefined) =>
    el("input", {
      attrs: { type: "number", name, min: 1900, max: 2100, step: 1, value: value ?? null, placeholder: name },
      on: { change: onLocal },
    });
  const from = year("from", initial.from);
  const to = year("to", initial.to);
  const actor = el("input", {
    attrs: { type: "search", name: "actor", value: initial.actor ?? "", placeholder: "Any actor" },
    on: { change: onServer },
  });
  const type = el(
    "select",
    { attrs: { name: "type" }, on: { change: onServer } },
    el("option", { attrs: { value: "" } }, "any type"),
    ...RELATION_TYPES.map((t) => el("option", { attrs: { value: t, selected: t === initial.type } }, typeWords(t))),
  );

  const element = el(
    "form",
    { class: "controls", on: { submit: (e) => e.preventDefault() } },
    el("fieldset", { class: "time" }, el("legend", null, "Time"), slider, sliderLabel),
    el(
      "fieldset",
      null,
      el("legend", null, "Relations"),
      ...familyBoxes.map((box, i) =>
        el(
          "label",
          null,
          box,
          el("span", { class: `swatch ${RELATION_FAMILIES[i]}` }),
          FAMILY_LABEL[RELATION_FAMILIES[i]],
        ),
      ),
      el("label", null, negated, el("span", { class: "swatch line-dashed" }), "negated (dashed)"),
      el("label", null, hedged, el("span", { class: "swatch line-dotted" }), "hedged (dotted)"),
      el("label", null, "type ", type),
    ),
    el("fieldset", null, el("legend", null, "Dated between"), from, " and ", to),
    el("fieldset", null, el("legend", null, "Around an actor"), actor),
  );

  return {
    element,
    read: () => ({
      asOf: sliderYear(),
      families: new Set(familyBoxes.filter((b) => b.checked).map((b) => b.value)),
      negated: negated.checked,
      hedged: hedged.checked,
      from: from.value ? Number(from.value) : null,
      to: to.value ? Number(to.value) : null,
      actor: actor.value.trim(),
      type: type.value,
    }),
    setYears(min, max) {
      // The year chosen so far stays chosen; on first use, the one the URL asked for.
      const wanted = years ? sliderYear() : (initial.asOf ?? null);
      years = min === null || max === null ? null : { min, max };
      slider.disabled = years === null;
      slider.min = String(years?.min ?? 0);
      slider.max = String(years ? years.max + 1 : 1);
      slider.value = String(
        years && wanted !== null && wanted >= years.min && wanted <= years.max ? wanted : slider.max,
      );
      showYear();
    },
  };
}
