import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUrl } from "./fetch-url.js";
import { readInput } from "./read-input.js";

const PAGE = `<!DOCTYPE html><html><head><title>Served Page</title>
<meta property="article:published_time" content="2014-06-30"></head>
<body><article><p>The Ridge Front announced a merger with the Valley Union on Monday.</p></article></body></html>`;
const LIMIT = { maxBytes: 10_000 };

// A local server on an ephemeral port: these tests never touch the internet.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (req.url === "/page") send(200, "text/html; charset=utf-8", PAGE);
    else if (req.url === "/moved") send(301, "text/plain", "", { location: "/page" });
    else if (req.url === "/notes.md") send(200, "text/plain", "# Served Notes\n\nThe **front** split.");
    else if (req.url === "/cp1252") send(200, "text/plain; charset=windows-1252", Buffer.from([0x93, 0x41, 0x94]));
    else if (req.url === "/big") send(200, "text/plain", "x".repeat(50_000));
    else if (req.url === "/endless") {
      // No Content-Length: the limit must hold while the body streams in.
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("y".repeat(4096)), 1);
      res.on("close", () => clearInterval(timer));
    } else if (req.url === "/slow") setTimeout(() => send(200, "text/plain", "late"), 2_000);
    else send(404, "text/plain", "not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("reading URLs", () => {
  it("reads an HTML page, its metadata, and keeps the URL as the source", async () => {
    const doc = await readInput(`${base}/page`, LIMIT);
    expect(doc).toMatchObject({
      title: "Served Page",
      published: "2014-06-30",
      mediaType: "text/html",
      source: `${base}/page`,
    });
    expect(doc.text).toBe("The Ridge Front announced a merger with the Valley Union on Monday.");
  });

  it("follows redirects", async () => {
    expect((await readInput(`${base}/moved`, LIMIT)).title).toBe("Served Page");
  });

  it("lets the URL's extension decide when the Content-Type is generic", async () => {
    expect(await readInput(`${base}/notes.md`, LIMIT)).toMatchObject({
      mediaType: "text/markdown",
      title: "Served Notes",
    });
  });

  it("decodes with the charset of the Content-Type", async () => {
    expect((await readInput(`${base}/cp1252`, LIMIT)).text).toBe("“A”");
  });
});

describe("fetchUrl failures", () => {
  it("reports a 404 with its status", async () => {
    await expect(fetchUrl(`${base}/missing`, LIMIT)).rejects.toMatchObject({
      code: "FETCH_FAILED",
      input: `${base}/missing`,
      message: expect.stringContaining("HTTP 404"),
    });
  });

  it("refuses a response whose Content-Length is over the limit", async () => {
    await expect(fetchUrl(`${base}/big`, LIMIT)).rejects.toMatchObject({ code: "INPUT_TOO_LARGE" });
  });

  it("stops reading a streamed response at the limit", async () => {
    await expect(fetchUrl(`${base}/endless`, LIMIT)).rejects.toMatchObject({ code: "INPUT_TOO_LARGE" });
  });

  it("gives up after the time limit", async () => {
    await expect(fetchUrl(`${base}/slow`, { ...LIMIT, timeoutMs: 200 })).rejects.toMatchObject({
      code: "FETCH_FAILED",
      message: expect.stringContaining("no complete response within 0.2 s"),
    });
  });

  it("reports a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchUrl(`http://127.0.0.1:${port}/`, LIMIT)).rejects.toMatchObject({ code: "FETCH_FAILED" });
  });
});
