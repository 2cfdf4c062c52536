import { InvalidInputError } from "../lib/model/problems.ts";

/**
 * Finds our InvalidInputError inside the errors Eleventy wraps it in, so the
 * author sees the list of problems rather than a stack trace.
 */
export function findInvalidInput(error: unknown): InvalidInputError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    if (current instanceof InvalidInputError || (current as Error).name === "InvalidInputError") return current as InvalidInputError;
    current = (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}
