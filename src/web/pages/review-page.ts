/**
 * `/review?status=pending`: the assertions awaiting a decision, in reading order, a page at a
 * time; accept, reject or send back to pending. Other statuses list past decisions.
 */
import { api } from "../app/api";
import { el, link, replace } from "../app/dom";
import { relationCard } from "../app/relation-card";
import type { Page } from "../app/router";
import { paths } from "../app/routes";
import { session } from "../app/session";

const STATUSES = ["pending", "accepted", "rejected", "corrected"];
const PAGE_SIZE = 25;

export const reviewPage: Page = async ({ root, query, signal }) => {
  const status = STATUSES.includes(query.get("status") ?? "") ? (query.get("status") as string) : "pending";
  const offset = Math.max(0, Number(query.get("offset")) || 0);
  const [page, s] = await Promise.all([api.queue({ status, offset, limit: PAGE_SIZE }, signal), session()]);
  document.title = "Review · linkage";
  const tabs = el(
    "nav",
    { class: "tabs" },
    ...STATUSES.map((st) => link(paths.review(st), { class: st === status ? "current" : "" }, st)),
  );
  const count = el("p", { class: "count" }, `${page.total} ${status}`);
  // A decided card stays in view with its new status until the page is left, so a slip can be undone.
  const cards = page.items.map((r) => relationCard(r, { canWrite: s.can_write }));
  const pager = el(
    "p",
    { class: "pager" },
    offset > 0 && link(paths.review(status, Math.max(0, offset - PAGE_SIZE)), null, "← previous"),
    offset + PAGE_SIZE < page.total && link(paths.review(status, offset + PAGE_SIZE), null, "next →"),
  );
  replace(
    root,
    el("h1", null, "Review"),
    !s.can_write && el("p", { class: "note" }, "Read only: decisions need an analyst token on this server."),
    tabs,
    count,
    cards.length ? el("div", { class: "relations queue" }, ...cards) : el("p", null, "Nothing here."),
    pager,
  );
};
