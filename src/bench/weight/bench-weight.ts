import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic } from "a11y-audit/serve-static";
import { measurePageWeight, type PageWeight } from "./page-weight.ts";

/**
 * The pages weighed: the home page, the first channel's first listing page,
 * the newest article of that channel (the one a reader opens first) and the
 * site map (the page that grows with the site).
 */
export function pagesToWeigh(site: string): { name: string; path: string }[] {
  const channelPage = "/gzdt/";
  const $ = cheerio.load(readFileSync(join(site, channelPage, "index.html"), "utf8"));
  const article = $(".xc-article-list a").first().attr("href");
  if (!article) throw new Error(`no article listed on ${channelPage} of ${site}`);
  return [
    { name: "home", path: "/" },
    { name: "channel", path: channelPage },
    { name: "article", path: article },
    { name: "sitemap", path: "/sitemap/" },
  ];
}

/** Serves a built site on 127.0.0.1 and weighs its pages in Chromium. */
export async function benchWeight(site: string): Promise<PageWeight[]> {
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const weights: PageWeight[] = [];
    for (const { name, path } of pagesToWeigh(site)) weights.push(await measurePageWeight(browser, name, `${server.url}${path}`));
    return weights;
  } finally {
    await browser.close();
    await server.close();
  }
}
