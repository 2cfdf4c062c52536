/** One problem with the audit's input (its config or exceptions file): printed as `file:line: field: message`. */
export interface InputProblem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
}

/** The one line a problem is printed as. */
export function formatInputProblem({ file, line, field, message }: InputProblem): string {
  return `${line ? `${file}:${line}` : file}: ${field}: ${message}`;
}

/**
 * Thrown when the audit's input is invalid, carrying every problem at once;
 * the message lists one per line. A site's build hook may throw it too, so the
 * CLI prints the problems rather than a stack trace.
 */
export class AuditInputError extends Error {
  readonly problems: InputProblem[];

  /** `outcome` says what did not happen, e.g. "nothing was audited" or "nothing was built". */
  constructor(problems: InputProblem[], outcome = "nothing was audited") {
    super(`Invalid input, ${outcome} (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  ${formatInputProblem(p)}`).join("\n")}`);
    this.name = "AuditInputError";
    this.problems = problems;
  }
}

/** Throws AuditInputError when there is any problem. */
export function throwIfInputProblems(problems: InputProblem[]): void {
  if (problems.length > 0) throw new AuditInputError(problems);
}
