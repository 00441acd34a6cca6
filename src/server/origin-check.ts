/**
 * Defences for a server on loopback, which any web page the analyst visits can try to reach:
 * a hostile page may post a form to http://127.0.0.1:4870 (cross-site request), or make its own
 * host name resolve to 127.0.0.1 and read the answers (DNS rebinding).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { LinkageError } from "../errors.js";

// Names a browser uses for this machine; a rebinding attack arrives under another name.
const LOOPBACK_NAMES = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;

/** The host name of a Host header ("127.0.0.1:4870" → "127.0.0.1", "[::1]:80" → "[::1]"). */
function hostName(host: string): string {
  return host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "");
}

/** On loopback, answer only requests addressed to a loopback name. */
export function installHostCheck(app: FastifyInstance, loopback: boolean): void {
  if (!loopback) return;
  app.addHook("onRequest", async (request) => {
    const host = request.headers.host ?? "";
    if (!LOOPBACK_NAMES.test(hostName(host)))
      throw new LinkageError("FORBIDDEN", "this server answers only requests addressed to localhost", "Host");
  });
}

/**
 * Refuse a write a browser sent from another site. Browsers send Origin with every POST, and
 * Sec-Fetch-Site where they support it; tools such as curl send neither and are let through.
 */
export function checkSameOrigin(request: FastifyRequest): void {
  const site = request.headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site")
    throw new LinkageError("FORBIDDEN", "writes from other sites are refused", "Sec-Fetch-Site");
  const origin = request.headers.origin;
  if (origin === undefined) return;
  if (!sameHost(origin, request.headers.host ?? ""))
    throw new LinkageError("FORBIDDEN", "writes from other sites are refused", "Origin");
}

/** Whether Origin names the host the request was sent to; default ports count as written or not. */
function sameHost(origin: string, host: string): boolean {
  try {
    const o = new URL(origin);
    return o.host === new URL(`${o.protocol}//${host}`).host;
  } catch {
    // "null" (a sandboxed frame, a file: page) is not this server either.
    return false;
  }
}
