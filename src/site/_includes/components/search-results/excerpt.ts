/** One piece of an excerpt: text, and whether it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export const excerptOptions = {
  /** How many characters an excerpt shows (a Chinese character is a word). */
  length: 60,
  /** How many of them come before the first match. */
  before: 16,
};

/**
 * The excerpt of a search result: its text without the title that starts it (Pagefind indexes the
 * title and the body as one text, joined by ". "), around the first of `terms` in it, with every
 * term marked and 「…」 where the text was cut. Without a match in the body (the title matched,
 * or no words were searched), the body's beginning. Returned as parts, so the page adds them as text.
 */
export function excerptOf(content: string, title: string, terms: string[], options: Partial<typeof excerptOptions> = {}): ExcerptPart[] {
  const { length, before } = { ...excerptOptions, ...options };
  let body = content.replace(/\s+/g, " ").trim();
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^[.。]?\s*/, "");
  const words = terms.filter(Boolean).sort((a, b) => b.length - a.length); // the longest first, where one contains another
  const lower = body.toLowerCase();
  const found = words.map((word) => lower.indexOf(word.toLowerCase())).filter((at) => at >= 0);
  const first = found.length ? Math.min(...found) : 0;
  const start = Math.max(0, Math.min(first - before, body.length - length));
  const end = Math.min(body.length, start + length);
  const parts: ExcerptPart[] = [];
  const shown = body.slice(start, end);
  const pattern = words.length ? new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi") : null;
  let at = 0;
  for (const match of pattern ? shown.matchAll(pattern) : []) {
    if (match.index > at) parts.push({ text: shown.slice(at, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < shown.length) parts.push({ text: shown.slice(at), mark: false });
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < body.length) parts.push({ text: "…", mark: false });
  return parts;
}
