/**
 * Built pages that are deliberately not in sitemap.xml but are audited all the same.
 * The not-found page is served for unknown addresses; it is not a page to list or
 * to be found by search engines, so the sitemap leaves it out (excludeFromSitemap).
 */
export const knownExtraPages: readonly string[] = ["/404.html"];
