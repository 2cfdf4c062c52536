import { readOpening } from "./opening.ts";

/** The longest line taken for a page's own title line. */
const maxTitleLine = 100;

/**
 * True when an old page's first line is its own title (as some exports start: the headline,
 * then the dated lead): it does not open with a date, ends no sentence (no 。！？；) and is
 * short, and more lines follow. Such a line is the title, not the first paragraph.
 */
export function isTitleLine(line: string, following: number): boolean {
  return following > 0 && !readOpening(line) && !/[。！？!?；;]/u.test(line) && [...line].length <= maxTitleLine;
}
