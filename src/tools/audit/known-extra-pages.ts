/**
 * Built pages that are deliberately not in sitemap.xml but are audited all the same.
 * The not-found page is served for unknown addresses; it is not a page to list or
 * to be found by search engines, so the sitemap leaves it out (excludeFromSitemap).
 */
export const knownExtraPages: readonly string[] = ["/404.html"];

/**
 * The HTTP statuses a page may answer with. The not-found page answers 404 where the
 * server keeps it for errors only (deploy/nginx.conf marks it internal), 200 where it is
 * a plain file (the static test server); every other page must answer 200.
 */
export function acceptedStatuses(path: string): readonly number[] {
  return path === "/404.html" ? [200, 404] : [200];
}
