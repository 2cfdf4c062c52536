/**
 * The search-index part a page's record goes to: the first two segments of its URL
 * (/gzdt/2025/seed/ → "gzdt.2025": one part per channel and year on this site). Each part is an
 * index of its own, merged in the browser, so indexing holds one part in memory at a time and an
 * unchanged part is reused by the next build as it is; a part per channel and year stays small
 * (a few hundred articles at 10,000) and a new article touches one part. Characters other than
 * letters, digits, - and _ become _ (the id names a folder); the home page's part is "site".
 */
export function searchPartOf(url: string): string {
  const segments = url.split("/").filter(Boolean).slice(0, 2);
  return segments.length ? segments.map((segment) => segment.replace(/[^A-Za-z0-9_-]/g, "_")).join(".") : "site";
}
