/**
 * `text` with every `/assets/…` path that has a fingerprinted name replaced by it (a stylesheet's
 * url(/assets/cursor-arrow.svg), a script's asset URL). Only exact names: /assets/site.css.map stays.
 */
export function pointAtFingerprints(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(/\/assets\/[A-Za-z0-9._/-]+/g, (path) => names.get(path) ?? path);
}
