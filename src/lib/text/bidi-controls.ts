/**
 * Unicode bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 * Chinese text never needs them, and one U+202E makes a title display reversed
 * (the "Trojan Source" trick): they are removed from every text field.
 */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/gu;

/** The names of the bidi controls in `text`, once each, e.g. ["U+202E"]. */
export function bidiControlsIn(text: string): string[] {
  return [...new Set(text.match(bidiControl) ?? [])].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
}

/** `text` without bidi embeddings, overrides and isolates. */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControl, "");
}
