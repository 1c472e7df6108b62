import { isPgiError, type PgiError } from "../../src/index";

/** Run `fn`, expect a PgiError, and return it (fails the test on anything else). */
export function thrown(fn: () => unknown): PgiError {
  try {
    fn();
  } catch (e) {
    if (isPgiError(e)) return e;
    throw new Error(`expected a PgiError, got ${String(e)}`);
  }
  throw new Error("expected a PgiError, nothing was thrown");
}
