import type { z } from "zod";
import type { BuildProblem } from "../model/types.ts";

interface Context {
  file: string;
  /** The raw input, to quote the offending value. */
  input: unknown;
  /** Line of a field, when known. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** The rule of each field in words, by dotted path; `*` stands for any list index (departments.*.phone). */
  rules: Readonly<Record<string, string>>;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A rule given by path; prototype members (constructor…) are functions, not rules. */
function ruleOf(rules: Readonly<Record<string, string>>, path: string): string | undefined {
  const rule: unknown = rules[path];
  return typeof rule === "string" ? rule : undefined;
}

/** A field path with each list index as `*` (guides.3.name → guides.*.name): one rule for every item of a list. */
const anyIndex = (path: string) => path.replace(/(^|\.)\d+(?=\.|$)/g, "$1*");

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/**
 * Turns a zod error into build problems that name the field, the value
 * found and the rule it breaks — one problem per field.
 */
export function problemsFromZod(error: z.ZodError, context: Context): BuildProblem[] {
  const seen = new Set<string>();
  const problems: BuildProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: context.file,
          line: context.lineOf?.(path),
          field: path.join("."),
          message: "is not a known field (check its spelling)",
        });
      }
      continue;
    }
    const field = issue.path.join(".") || "(file)";
    const key = `${field}\u0000${issue.code === "custom" ? issue.message : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = valueAt(context.input, issue.path);
    // A refinement without its own message carries zod's generic text: the field's rule says more.
    const ownMessage = issue.code === "custom" && issue.message !== "Invalid input";
    const given = ruleOf(context.rules, field) ?? ruleOf(context.rules, anyIndex(field));
    const rule = ownMessage ? issue.message : given ?? issue.message;
    const found = value === undefined || value === null || value === "" ? "is missing" : `is ${quote(value)}`;
    problems.push({
      file: context.file,
      line: context.lineOf?.(issue.path),
      field,
      message: `${found}; expected ${rule}`,
    });
  }
  return problems;
}
