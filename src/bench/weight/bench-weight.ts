import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic } from "a11y-audit/serve-static";
import { measurePageWeight, type PageWeight } from "./page-weight.ts";

/** The first article a listing page links to. */
function firstListed(site: string, listing: string): string {
  const $ = cheerio.load(readFileSync(join(site, listing, "index.html"), "utf8"));
  const article = $(".xc-article-list a").first().attr("href");
  if (!article) throw new Error(`no article listed on ${listing} of ${site}`);
  return article;
}

/**
 * The pages weighed: the home page, the first channel's first listing page,
 * the newest article of that channel (the one a reader opens first), the site
 * map (the page that grows with the site) and, where the site has policy
 * documents, the 政策文件 listing (with its 分类查看) and its newest document
 * (with its information block).
 */
export function pagesToWeigh(site: string, documents = "/zcwj/"): { name: string; path: string }[] {
  const channelPage = "/gzdt/";
  const pages = [
    { name: "home", path: "/" },
    { name: "channel", path: channelPage },
    { name: "article", path: firstListed(site, channelPage) },
    { name: "sitemap", path: "/sitemap/" },
  ];
  if (existsSync(join(site, documents, "index.html"))) {
    pages.push({ name: "documents", path: documents }, { name: "document", path: firstListed(site, documents) });
  }
  return pages;
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
