import { expect } from "vitest";
import { isLinkageError } from "../../src/errors.js";

/** The LinkageError `promise` rejects with; fails the test when it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { code: string }> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isLinkageError(err), `expected a LinkageError, got ${String(err)}`).toBe(true);
  return err as Error & { code: string };
}

/** The code of the LinkageError `promise` rejects with. */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  return (await rejection(promise)).code;
}
