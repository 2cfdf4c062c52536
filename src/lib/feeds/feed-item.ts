import type { Article, SiteConfig } from "../model/types.ts";
import { absoluteHtml } from "./absolute-html.ts";
import { beijingRfc822 } from "./beijing-rfc822.ts";
import { stripXmlIllegal } from "../text/strip-xml-illegal.ts";
import type { FeedItem } from "./types.ts";
import { absoluteUrl } from "../site/absolute-url.ts";

/** One article as a feed item: absolute URLs, Beijing-time dates, XML-safe text. */
export async function feedItem(article: Article, site: SiteConfig): Promise<FeedItem> {
  const url = absoluteUrl(article.url, site.baseUrl);
  const source = stripXmlIllegal(article.source);
  return {
    id: url,
    title: stripXmlIllegal(article.title),
    url,
    dateRfc3339: article.published.iso,
    dateRfc822: beijingRfc822(article.published.epochMs),
    category: {
      term: article.channel.slug,
      label: stripXmlIllegal(article.channel.name),
      url: absoluteUrl(article.channel.url, site.baseUrl),
    },
    source,
    creator: article.author ? stripXmlIllegal(article.author) : source,
    summary: stripXmlIllegal(article.summary),
    contentHtml: stripXmlIllegal(await absoluteHtml(article.bodyHtml, url)),
  };
}
