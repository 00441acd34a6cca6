/**
 * Errors linkage reports to its users. Each carries a stable code (for the API and scripts),
 * and names the input it is about, so a message reads
 * `linkage: report.pdf: expected a PDF, found HTML`.
 */
export type ErrorCode =
  | "INPUT_NOT_FOUND"
  | "INPUT_UNREADABLE"
  | "INPUT_EMPTY"
  | "INPUT_BINARY"
  | "INPUT_TOO_LARGE"
  | "INPUT_MALFORMED"
  | "FETCH_FAILED"
  | "BAD_ARGUMENT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "STORE_FAILED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "INTERNAL";

const HTTP_STATUS: Record<ErrorCode, number> = {
  INPUT_NOT_FOUND: 404,
  INPUT_UNREADABLE: 422,
  INPUT_EMPTY: 422,
  INPUT_BINARY: 415,
  INPUT_TOO_LARGE: 413,
  INPUT_MALFORMED: 422,
  FETCH_FAILED: 502,
  BAD_ARGUMENT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  STORE_FAILED: 500,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
};

export class LinkageError extends Error {
  readonly code: ErrorCode;
  /** The file, URL or argument the error is about, when there is one. */
  readonly input: string | null;

  constructor(code: ErrorCode, message: string, input: string | null = null, options?: { cause?: unknown }) {
    super(input ? `${input}: ${message}` : message, options);
    this.name = "LinkageError";
    this.code = code;
    this.input = input;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isLinkageError(err: unknown): err is LinkageError {
  return err instanceof LinkageError;
}
