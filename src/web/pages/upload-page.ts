/**
 * `/upload`: send files to be read, extracted and stored, watching each one's progress: the bytes
 * going up, then the server's stages as it streams them (one JSON event a line).
 */
import { authHeaders } from "../app/api";
import { el, link, replace } from "../app/dom";
import type { Page } from "../app/router";
import { paths } from "../app/routes";
import { session } from "../app/session";
import type { UploadOutcome } from "../app/types";

type UploadEvent =
  | { event: "received"; files: string[] }
  | { event: "stage"; file: string; stage: string }
  | ({ event: "result" } & UploadOutcome)
  | { event: "done"; results: UploadOutcome[] };

export const uploadPage: Page = async ({ root }) => {
  const s = await session();
  document.title = "Upload · linkage";
  const files = el("input", {
    attrs: {
      type: "file",
      name: "file",
      multiple: true,
      accept: ".txt,.md,.markdown,.html,.htm,.pdf,text/*,application/pdf",
    },
  });
  const bar = el("progress", { attrs: { max: 1, value: 0 } });
  const log = el("ol", { class: "upload-log" });
  const form = el(
    "form",
    {
      class: "upload",
      on: {
        submit: (e) => {
          e.preventDefault();
          if (files.files?.length) send(files.files, bar, log);
        },
      },
    },
    files,
    el("button", { attrs: { type: "submit", disabled: !s.can_write } }, "Upload and ingest"),
  );
  replace(
    root,
    el("h1", null, "Upload"),
    el(
      "p",
      null,
      "Text, Markdown, HTML or PDF. Each file is read, its relations extracted, and stored; a file already stored is left as it is.",
    ),
    !s.can_write && el("p", { class: "note" }, "Uploading needs an analyst token on this server."),
    form,
    bar,
    log,
  );
};

function send(list: FileList, bar: HTMLProgressElement, log: HTMLElement): void {
  const body = new FormData();
  for (const f of list) body.append("file", f, f.name);
  replace(log);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/documents");
  xhr.setRequestHeader("accept", "application/x-ndjson");
  for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) bar.value = e.loaded / e.total;
  };
  // The answer arrives a line at a time; each complete line is one event.
  let seen = 0;
  const readLines = () => {
    const lines = xhr.responseText.slice(seen).split("\n");
    const complete = lines.slice(0, -1);
    seen += complete.reduce((n, l) => n + l.length + 1, 0);
    for (const line of complete) if (line.trim()) show(JSON.parse(line) as UploadEvent, log, xhr.status);
  };
  xhr.onprogress = readLines;
  xhr.onload = () => {
    readLines();
    if (xhr.status >= 400) {
      const error = safeJson(xhr.responseText)?.error;
      log.append(el("li", { class: "failed" }, `${error?.code ?? xhr.status}: ${error?.message ?? xhr.statusText}`));
    }
  };
  xhr.onerror = () => log.append(el("li", { class: "failed" }, "The upload did not reach the server."));
  xhr.send(body);
}

function show(e: UploadEvent, log: HTMLElement, status: number): void {
  if (status >= 400) return;
  if (e.event === "received") log.append(el("li", null, `Received ${e.files.length} file(s).`));
  if (e.event === "stage") log.append(el("li", { class: "stage" }, `${e.file}: ${e.stage}…`));
  if (e.event === "result") {
    const outcome = e.outcome === "failed" ? `failed — ${e.error?.code}: ${e.error?.message}` : e.outcome;
    log.append(
      el(
        "li",
        { class: e.outcome, attrs: { "data-outcome": e.outcome } },
        `${e.name}: ${outcome} `,
        e.documentId !== undefined && link(paths.document(e.documentId), null, "open"),
      ),
    );
  }
  if (e.event === "done") log.append(el("li", { class: "done" }, "Done."));
}

function safeJson(text: string): { error?: { code: string; message: string } } | null {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
