/**
 * Documents written to attack the page that shows them: script tags, event-handler attributes
 * and javascript: links, in the text, in the title and in actor names. Every payload sets
 * `window.__pwned` (or opens a dialog) if it ever runs.
 */
import type { DocumentInput, Extraction } from "../../../src/types.js";
import { entity, extraction, relation } from "../../helpers/extraction.js";

/** Actor names that are payloads. */
export const HOSTILE_NAMES = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `"><svg onload="window.__pwned='svg'">`,
  link: `<a href="javascript:window.__pwned='link'">Front</a>`,
  template: `{{constructor.constructor('window.__pwned=1')()}}`,
} as const;

const N = HOSTILE_NAMES;

/** Sentences naming the hostile actors, each a relation's evidence. */
const SENTENCES = [
  `In 2014 ${N.img} allied with ${N.script}.`,
  `In 2015 ${N.svg} fought ${N.img}, according to ${N.template}.`,
  `${N.link} pledged allegiance to ${N.script} in 2016.`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe> javascript:alert('text') <body onload=alert('body')>`,
];

export const HOSTILE_TEXT = SENTENCES.join("\n\n");

/** The hostile document and a hand-made extraction whose names and evidence are the payloads. */
export function hostileDocument(): { doc: DocumentInput; extraction: Extraction } {
  const t = HOSTILE_TEXT;
  const entities = Object.entries(N).map(([id, name]) => entity(t, id, "organization", name));
  const relations = [
    relation(t, "img", "allied_with", "script", SENTENCES[0], {
      time: { start: "2014", end: null, precision: "year" },
    }),
    relation(t, "svg", "fought", "img", SENTENCES[1], {
      time: { start: "2015", end: null, precision: "year" },
      attributed_to: "template",
    }),
    relation(t, "link", "pledged_allegiance_to", "script", SENTENCES[2], {
      time: { start: "2016", end: null, precision: "year" },
    }),
  ];
  const doc: DocumentInput = {
    text: t,
    title: `<script>window.__pwned='title'</script><img src=x onerror=alert('title')>`,
    published: "2016",
    author: `<svg onload=alert('author')>`,
    source: `javascript:alert('source')`,
    mediaType: "text/plain",
  };
  return { doc, extraction: extraction(entities, relations) };
}

/** A web page to upload through the UI: the real reader and extractor take it in. */
export const HOSTILE_HTML = `<!doctype html>
<html><head><title>&lt;img src=x onerror=alert('upload-title')&gt; Wall report</title>
<script>window.__pwned='upload-script'</script></head>
<body onload="window.__pwned='upload-body'">
<h1>Wall report</h1>
<p>In 2014 the <b onmouseover="window.__pwned='b'">Nusra Front</b> fought the Islamic State near Raqqa.
<a href="javascript:window.__pwned='a'">More</a></p>
<p>&lt;script&gt;window.__pwned='escaped'&lt;/script&gt; was painted on a wall by the Islamic State in 2015.</p>
<img src=x onerror="window.__pwned='img'">
</body></html>`;
