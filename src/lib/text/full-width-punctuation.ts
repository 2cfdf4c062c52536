/**
 * Restores full-width punctuation in Chinese text whose export flattened it
 * to half-width (`3月7日,2025年` → `3月7日，2025年`). A mark is changed only
 * where it touches Chinese text; marks between digits (1,000 · 10:30), inside
 * URLs and in Latin text are left alone.
 */

const han = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》]/u;
const fullWidth: Readonly<Record<string, string>> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
// A URL is ASCII; trailing punctuation belongs to the sentence, as linkifiers assume.
const url = /(?:(?:https?|ftp):\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+(?<![.,:;?!)])/gu;

const isHan = (ch: string | undefined) => ch !== undefined && han.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9]/.test(ch);

function restoreOutsideUrls(text: string): string {
  const chars = [...text];
  const out = chars.map((ch, i) => {
    const replacement = fullWidth[ch];
    if (!replacement) return ch;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (isDigit(before) && isDigit(after)) return ch; // 1,000 · 10:30
    return isHan(before) || isHan(after) ? replacement : ch;
  });
  return out.join("").replace(/\(([^()]*)\)/gu, (whole, inner: string, offset: number, all: string) => {
    const before = [...all.slice(0, offset)].pop();
    return [...inner].some((ch) => isHan(ch)) || isHan(before) ? `（${inner}）` : whole;
  });
}

/** Restores full-width punctuation in one line of Chinese text. */
export function restoreFullWidthPunctuation(text: string): string {
  let result = "";
  let last = 0;
  for (const match of text.matchAll(url)) {
    result += restoreOutsideUrls(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + restoreOutsideUrls(text.slice(last));
}
