import type { SiteMapGroup } from "../../lib/portal/site-map.ts";

/**
 * `{{ collections.all | hierarchyOrder(siteMap) }}`: pages in the order of the site's hierarchy, for
 * sitemap.xml: the home page, then each section (its landing page and pages, then each of its
 * channels with its articles), then every other page; by URL within each.
 */
export default function hierarchyOrder<T extends { url?: string | false }>(entries: readonly T[], groups: readonly SiteMapGroup[]): T[] {
  const prefixes = groups.map((group) => [group.url, ...group.channels.map((entry) => entry.channel.url)].filter((url): url is string => Boolean(url)));
  const rank = (url: string): [number, number] => {
    if (url === "/") return [-1, 0];
    for (const [index, list] of prefixes.entries()) {
      const at = list.findIndex((prefix) => url.startsWith(prefix));
      if (at >= 0) return [index, at];
    }
    return [groups.length, 0];
  };
  const url = (entry: T) => (typeof entry.url === "string" ? entry.url : "");
  return [...entries].sort((a, b) => {
    const [ga, pa] = rank(url(a));
    const [gb, pb] = rank(url(b));
    return ga - gb || pa - pb || url(a).localeCompare(url(b));
  });
}
