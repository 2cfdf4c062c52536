import { existsSync, readFileSync } from "node:fs";
import picomatch from "picomatch";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { AuditInputError, throwIfInputProblems } from "../input/audit-input-error.ts";
import { problemsFromZod } from "../input/problems-from-zod.ts";
import { builtInTools, type Finding } from "../types.ts";

/** What each field must be, in words, for the one-line error messages. */
const fieldRules = (tools: readonly string[]): Record<string, string> => ({
  exceptions: "a list of exceptions (write `exceptions: []` for none)",
  rule: "the rule id as the report shows it, e.g. color-contrast",
  pages: 'a page path pattern, e.g. "/news/**"',
  tool: `one of ${tools.join(", ")}`,
  mode: "a display mode name or static",
  reason: "why the finding is accepted, in a sentence (15 characters or more)",
  issue: 'the issue tracking it: "#number" or a URL',
});

const exceptionSchema = (tools: readonly string[]) =>
  z.strictObject({
    rule: z.string().min(1),
    pages: z.string().min(1),
    tool: z.enum(tools as [string, ...string[]]).optional(),
    mode: z.string().min(1).optional(),
    reason: z.string().trim().min(15),
    issue: z.string().regex(/^(#\d+|https?:\/\/\S+)$/),
  });

/** One accepted finding pattern of the exceptions file. */
export interface AuditException {
  rule: string;
  /** Page path glob: * within a segment, ** across segments. */
  pages: string;
  tool?: string | undefined;
  mode?: string | undefined;
  reason: string;
  issue: string;
  /** Where the entry is written, for messages: "audit-exceptions.yaml:14". */
  source: string;
}

/**
 * Reads the exceptions file. A missing file means no exceptions; an invalid one
 * throws AuditInputError with one line per problem (file:line: field: expected).
 * `extraTools` are the tool names of the site's page checks.
 */
export function loadExceptions(file: string, extraTools: readonly string[] = []): AuditException[] {
  if (!existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), { lineCounter, uniqueKeys: true });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  throwIfInputProblems(
    [...document.errors, ...document.warnings].map((error) => ({ file, line: error.linePos?.[0].line, field: "(file)", message: `is not valid YAML: ${error.message.split("\n")[0]}` })),
  );
  const tools = [...builtInTools, ...extraTools];
  const input: unknown = document.toJS() ?? {};
  const result = z.strictObject({ exceptions: z.array(exceptionSchema(tools)).nullable() }).safeParse(input);
  if (!result.success) throw new AuditInputError(problemsFromZod(result.error, { file, input, lineOf, rules: fieldRules(tools) }));
  return (result.data.exceptions ?? []).map((entry, index) => ({ ...entry, source: `${file}:${lineOf(["exceptions", index]) ?? "?"}` }));
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
