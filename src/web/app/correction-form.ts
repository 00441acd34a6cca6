/** The form an analyst corrects an assertion with: its type, polarity, modality and time. */
import { RELATION_TYPES } from "../../types";
import type { Decision, Reviewable } from "./api";
import { el } from "./dom";
import { typeWords } from "./format";

type Corrections = NonNullable<Decision["corrections"]>;

/** Fields prefilled with what was read; only what the analyst changed is sent. */
export function correctionForm(
  r: Reviewable,
  onSubmit: (corrections: Corrections) => Promise<void>,
  onCancel: () => void,
): HTMLElement {
  const type = el(
    "select",
    { attrs: { name: "type", "aria-label": "Relation type" } },
    ...RELATION_TYPES.map((t) => el("option", { attrs: { value: t, selected: t === r.type } }, typeWords(t))),
  );
  const negated = el("input", { attrs: { type: "checkbox", name: "negated", checked: r.polarity === "negated" } });
  const hedged = el("input", { attrs: { type: "checkbox", name: "hedged", checked: r.modality === "hedged" } });
  const date = (name: string, value: string | null) =>
    el("input", { attrs: { name, value: value ?? "", placeholder: "YYYY[-MM[-DD]]", "aria-label": name, size: 11 } });
  const start = date("start", r.time.start);
  const end = date("end", r.time.end);
  const form = el(
    "form",
    { class: "correction" },
    el("label", null, "type ", type),
    el("label", null, negated, "negated"),
    el("label", null, hedged, "hedged"),
    el("label", null, "from ", start),
    el("label", null, "to ", end),
    el("button", { attrs: { type: "submit" } }, "Save correction"),
    el("button", { attrs: { type: "button" }, on: { click: onCancel } }, "Cancel"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const c: Corrections = {};
    if (type.value !== r.type) c.type = type.value;
    if ((r.polarity === "negated") !== negated.checked) c.polarity = negated.checked ? "negated" : "affirmed";
    if ((r.modality === "hedged") !== hedged.checked) c.modality = hedged.checked ? "hedged" : "asserted";
    const [s, t] = [start.value.trim() || null, end.value.trim() || null];
    if (s !== r.time.start || t !== r.time.end)
      c.time = s || t ? { start: s, end: t, precision: precisionOf(s ?? t) } : null;
    void onSubmit(c);
  });
  return form;
}

/** "2015" → year, "2015-08" → month, "2015-08-11" → day. */
function precisionOf(date: string | null): string | null {
  if (!date) return null;
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}
