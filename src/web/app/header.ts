/** The bar on every page: where to go, a search box, and who you are to the server (with a token form). */
import { savedToken, saveToken } from "./api";
import { el, link, replace } from "./dom";
import { navigate } from "./router";
import { paths } from "./routes";
import { refreshSession, session } from "./session";

/** Fill the header once; the search box keeps the query of the search page. */
export function renderHeader(top: HTMLElement): void {
  const input = el("input", {
    attrs: { type: "search", name: "q", placeholder: "Search documents and actors", "aria-label": "Search" },
  });
  const search = el(
    "form",
    {
      class: "search",
      attrs: { role: "search" },
      on: {
        submit: (e) => {
          e.preventDefault();
          if (input.value.trim()) navigate(paths.search(input.value.trim()));
        },
      },
    },
    input,
    el("button", { attrs: { type: "submit" } }, "Search"),
  );
  const who = el("span", { class: "who" });
  const tokenForm = tokenPanel(who);
  replace(
    top,
    link("/", { class: "brand" }, "linkage"),
    el(
      "nav",
      null,
      link(paths.network(), null, "Network"),
      link(paths.review(), null, "Review"),
      link(paths.upload(), null, "Upload"),
    ),
    search,
    who,
    tokenForm,
  );
  void showWho(who);
}

async function showWho(who: HTMLElement): Promise<void> {
  const s = await session();
  const label = s.role ? `${s.user} (${s.role})` : s.can_write ? "local analyst" : "read only";
  replace(who, label);
  who.dataset.canWrite = String(s.can_write);
}

/** A token field: saved in this browser and sent with every request; the page reloads to apply it. */
function tokenPanel(who: HTMLElement): HTMLElement {
  const field = el("input", {
    attrs: { type: "password", name: "token", placeholder: "lk_…", "aria-label": "API token" },
  });
  const panel = el(
    "details",
    { class: "token" },
    el("summary", null, savedToken() ? "Token ✓" : "Token"),
    el(
      "form",
      {
        on: {
          submit: (e) => {
            e.preventDefault();
            saveToken(field.value.trim() || null);
            refreshSession();
            location.reload();
          },
        },
      },
      field,
      el("button", { attrs: { type: "submit" } }, "Use"),
      el(
        "button",
        {
          attrs: { type: "button" },
          on: {
            click: () => {
              saveToken(null);
              refreshSession();
              void showWho(who);
              location.reload();
            },
          },
        },
        "Forget",
      ),
    ),
  );
  return panel;
}
