import { z } from "zod";
import { stripBidiControls } from "./bidi-controls.ts";
import { stripXmlIllegal } from "./strip-xml-illegal.ts";
import { hasVisibleText } from "./visible-text.ts";

/** Zero-width space, word joiner, BOM, Mongolian vowel separator and soft hyphen: invisible, and never wanted in a one-line field. */
const zeroWidth = /[\u200B\u2060\uFEFF\u180E\u00AD]/gu;

/** One line of plain text as a reader sees it: no XML-illegal controls, no bidi controls, no zero-width marks, trimmed. */
export function cleanLineText(text: string): string {
  return stripBidiControls(stripXmlIllegal(text)).replace(zeroWidth, "").trim();
}

export const visibleRule = "text with visible characters, not only spaces or invisible marks (U+200B, U+200D, U+2060…)";

/**
 * A one-line text field (a title, a name, a 来源): numbers become text, invisible and
 * reordering characters are removed, and what is left must show something and fit
 * `min`–`max` characters.
 */
export function plainText(min: number, max = 10_000) {
  return z.preprocess(
    (value) => (typeof value === "number" ? String(value) : typeof value === "string" ? cleanLineText(value) : value),
    z.string().min(min).max(max).refine((text) => text === "" || hasVisibleText(text), { message: visibleRule }), // empty: min says it
  );
}
