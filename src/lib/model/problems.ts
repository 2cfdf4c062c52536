import type { BuildProblem } from "./types.ts";

/** Formats a problem as the one line the build prints: `file:line: field: message`. */
export function formatProblem(problem: BuildProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/**
 * Thrown when input is invalid. Carries every problem found, so the author
 * can fix them all in one go; the message lists one per line.
 */
export class InvalidInputError extends Error {
  readonly problems: BuildProblem[];

  constructor(problems: BuildProblem[]) {
    const noun = problems.length === 1 ? "problem" : "problems";
    super(
      `Invalid input, nothing was built (${problems.length} ${noun}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "InvalidInputError";
    this.problems = problems;
  }
}

/** Throws InvalidInputError when there is any problem. */
export function throwIfProblems(problems: BuildProblem[]): void {
  if (problems.length > 0) throw new InvalidInputError(problems);
}
