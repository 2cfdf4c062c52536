import type { BuildProblem } from "../model/types.ts";

/**
 * Problems with a body's heading levels: the page's title is its only h1, so the
 * body's headings start at ## and go down one level at a time. Screen-reader users
 * move through a page by its headings; a skipped level (## then ####) fails the
 * accessibility audit, so it is reported here, with its line, before anything is built.
 */
export function checkHeadings(headings: readonly { level: number; line: number }[], file: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  let previous = 1;
  for (const { level, line } of headings) {
    const marks = "#".repeat(level);
    if (level === 1) {
      problems.push({ file, line, field: "heading", message: `is a level-1 heading (#), a second h1 beside the title; expected ## or deeper (the title is the page's h1)` });
    } else if (level > previous + 1) {
      problems.push({ file, line, field: "heading", message: `is h${level} (${marks}) after h${previous}; expected h${previous + 1} (${"#".repeat(previous + 1)}) or higher: headings go down one level at a time` });
    }
    previous = level;
  }
  return problems;
}
