/**
 * Cited actor profiles: `buildProfile` turns a dossier (Store.actorDossier) into a format-free
 * model, `renderMarkdown` and `renderHtml` write it out.
 */
export { buildProfile } from "./build-profile.js";
export type { Block, Footnote, Profile, Run, Section } from "./profile-model.js";
export { escapeHtml, renderHtml } from "./render-html.js";
export { escapeMarkdown, renderMarkdown } from "./render-markdown.js";
