/**
 * Characters that show nothing: spaces of every kind, format characters (zero-width space and
 * joiners, word joiner, BOM, bidi marks, soft hyphen), controls, combining marks on their own,
 * and the blank "filler" letters (Hangul fillers, the blank Braille pattern).
 */
const invisible = /[\p{White_Space}\p{Cf}\p{Cc}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(invisible, "").length > 0;
}
