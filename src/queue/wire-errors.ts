/**
 * Errors crossing a thread boundary. A thrown LinkageError arrives in the other thread as a plain
 * object (structured clone keeps no classes), so it is sent as its parts and rebuilt: the batch
 * then reports `report.pdf: expected a PDF, found HTML` exactly as it would on one thread.
 */
import { type ErrorCode, isLinkageError, LinkageError } from "../errors.js";

/** An error as plain data. */
export interface WireError {
  /** The LinkageError code; absent for any other error. */
  code?: ErrorCode;
  /** The input a LinkageError names, if any. */
  input: string | null;
  /** The message without the "input: " prefix LinkageError adds. */
  detail: string;
}

/** Take an error apart for postMessage. */
export function toWire(err: unknown): WireError {
  if (isLinkageError(err)) {
    const prefix = err.input ? `${err.input}: ` : "";
    const detail = prefix && err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    return { code: err.code, input: err.input, detail };
  }
  return { input: null, detail: err instanceof Error ? err.message : String(err) };
}

/** Rebuild an error taken apart by toWire: a LinkageError if it was one, else an Error. */
export function fromWire(wire: WireError): Error {
  return wire.code ? new LinkageError(wire.code, wire.detail, wire.input) : new Error(wire.detail);
}

/** An error's own words, without the "input: " prefix a LinkageError carries. */
export function detailOf(err: unknown): string {
  return toWire(err).detail;
}
