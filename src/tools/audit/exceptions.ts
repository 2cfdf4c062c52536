import { existsSync, readFileSync } from "node:fs";
import picomatch from "picomatch";
import { z } from "zod";
import { throwIfProblems } from "../../lib/model/problems.ts";
import { parseYamlWithLines } from "../../lib/text/yaml-with-lines.ts";
import { problemsFromZod } from "../../lib/text/zod-problems.ts";
import type { Finding } from "./types.ts";

/** The one file of accepted audit findings. */
export const defaultExceptionsFile = "audit-exceptions.yaml";

const tools = ["axe", "pa11y:htmlcs", "pa11y:axe", "layout", "keyboard", "html-validate", "links", "footer", "pages", "browser", "server"] as const;

const exceptionSchema = z.strictObject({
  rule: z.string().min(1),
  pages: z.string().min(1),
  tool: z.enum(tools).optional(),
  mode: z.string().min(1).optional(),
  reason: z.string().trim().min(15),
  issue: z.string().regex(/^(#\d+|https?:\/\/\S+)$/),
});
const fileSchema = z.strictObject({ exceptions: z.array(exceptionSchema).nullable() });

/** What each field must be, in words, for the one-line error messages (by field, whatever the entry's index). */
const fieldRules: Record<string, string> = {
  exceptions: "a list of exceptions (write `exceptions: []` for none)",
  rule: "the rule id as the report shows it, e.g. color-contrast",
  pages: 'a page path pattern, e.g. "/gzdt/**"',
  tool: `one of ${tools.join(", ")}`,
  mode: "a display mode name or static",
  reason: "why the finding is accepted, in a sentence (15 characters or more)",
  issue: 'the issue tracking it: "#number" or a URL',
};
const rules = new Proxy(fieldRules, {
  get: (target, field) => (typeof field === "string" ? target[field.split(".").pop()!] : undefined),
});

export interface AuditException extends z.infer<typeof exceptionSchema> {
  /** Where the entry is written, for messages: "audit-exceptions.yaml:14". */
  source: string;
}

/**
 * Reads the exceptions file. A missing file means no exceptions; an invalid one
 * throws InvalidInputError with one line per problem (file:line: field: expected).
 */
export function loadExceptions(file = defaultExceptionsFile): AuditException[] {
  if (!existsSync(file)) return [];
  const parsed = parseYamlWithLines(readFileSync(file, "utf8"), file);
  throwIfProblems(parsed.problems.map((problem) => ({ ...problem, field: "(file)" })));
  const result = fileSchema.safeParse(parsed.data ?? {});
  if (!result.success) throwIfProblems(problemsFromZod(result.error, { file, input: parsed.data, lineOf: parsed.lineOf, rules }));
  const entries = result.success ? (result.data.exceptions ?? []) : [];
  return entries.map((entry, index) => ({ ...entry, source: `${file}:${parsed.lineOf(["exceptions", index]) ?? "?"}` }));
}

/** Whether an exception covers a finding: same rule, page matching the pattern, and tool and mode when given. */
export function exceptionMatches(exception: AuditException, finding: Finding): boolean {
  return (
    exception.rule === finding.rule &&
    (!exception.tool || exception.tool === finding.tool) &&
    (!exception.mode || exception.mode === finding.mode) &&
    picomatch.isMatch(finding.page, exception.pages, { dot: true })
  );
}

/**
 * Splits findings into those that fail the audit and those an exception covers,
 * and lists the stale exceptions, which match nothing and fail the audit too.
 */
export function applyExceptions(findings: readonly Finding[], exceptions: readonly AuditException[]) {
  const kept: Finding[] = [];
  const excepted: { finding: Finding; exception: AuditException }[] = [];
  const used = new Set<AuditException>();
  for (const finding of findings) {
    const exception = exceptions.find((candidate) => exceptionMatches(candidate, finding));
    if (exception) {
      excepted.push({ finding, exception });
      used.add(exception);
    } else kept.push(finding);
  }
  return { kept, excepted, stale: exceptions.filter((exception) => !used.has(exception)) };
}
