import type { z } from "zod";
import type { InputProblem } from "./audit-input-error.ts";

export interface ZodProblemContext {
  file: string;
  /** The raw input, to quote the offending value. */
  input: unknown;
  /** The line of a field, when the input has lines. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** What each field must be, in words, by its name (the last path segment that is not a list index). */
  rules: Readonly<Record<string, string>>;
}

/** The value at a path of the raw input, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/** What was found, quoted and cut short: `is "soon"`, or `is missing`. */
function found(value: unknown): string {
  if (value === undefined || value === null || value === "") return "is missing";
  const text = typeof value === "string" ? value : typeof value === "function" ? "a function" : JSON.stringify(value);
  return `is ${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)}`;
}

/**
 * One problem per field from a zod error, naming the field, what was found and what
 * was expected (`rules`, by field name); an unknown field is named as such.
 */
export function problemsFromZod(error: z.ZodError, { file, input, lineOf, rules }: ZodProblemContext): InputProblem[] {
  const problems = new Map<string, InputProblem>();
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const field = path.map(String).join(".") || "(file)";
      const last = String(path.findLast((segment) => typeof segment !== "number") ?? field);
      const message =
        key !== undefined
          ? "is not a known field (check its spelling)"
          : `${found(valueAt(input, path))}; expected ${issue.code === "custom" && issue.message !== "Invalid input" ? issue.message : (rules[last] ?? issue.message)}`;
      if (!problems.has(field)) problems.set(field, { file, line: lineOf?.(path), field, message });
    }
  }
  return [...problems.values()];
}
