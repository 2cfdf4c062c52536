import * as cheerio from "cheerio";

/** What the audit takes from sitemap.xml: the site's origin and the path of every listed page. */
export interface SitemapPages {
  /** e.g. "https://www.example.org"; links to it count as internal links. */
  origin: string | undefined;
  paths: string[];
}

/** Reads the `<loc>` entries of a sitemap, keeping each URL's path (the host is the production one). */
export function readSitemap(xml: string): SitemapPages {
  const $ = cheerio.load(xml, { xml: true });
  const urls = $("url > loc")
    .map((_, element) => $(element).text().trim())
    .get()
    .filter(Boolean)
    .map((loc) => new URL(loc));
  return { origin: urls[0]?.origin, paths: urls.map((url) => decodeURI(url.pathname)) };
}
