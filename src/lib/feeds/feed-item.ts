import type { Article, SiteConfig } from "../model/types.ts";
import { escapeHtml } from "../text/escape-html.ts";
import { feedAttachmentsHtml, feedLeadHtml, feedTags } from "../documents/feed-notes.ts";
import { absoluteHtml } from "./absolute-html.ts";
import { boundedHtml } from "./bounded-html.ts";
import { beijingRfc822 } from "./beijing-rfc822.ts";
import { stripXmlIllegal } from "../text/strip-xml-illegal.ts";
import type { FeedItem } from "./types.ts";
import { absoluteUrl } from "../site/absolute-url.ts";

/**
 * The most article HTML one item carries, in characters. The escaped HTML of an item is one XML
 * text node: libxml2 (xmllint, and the readers built on it) refuses one over 10 MB, and a reader
 * that fails on one item drops the whole feed. A long policy document is a few tens of thousands.
 */
export const maxItemHtml = 100_000;

/** What an item says where the article was too long to carry whole. */
function readOnSite(url: string, title: string): string {
  return `<p>全文较长，订阅源中只收录了开头部分。请到网站阅读全文：<a href="${escapeHtml(url)}">${escapeHtml(title)}</a></p>\n`;
}

/**
 * One article as a feed item: absolute URLs, Beijing-time dates, XML-safe text, and at most
 * maxItemHtml of its body; a policy document's 发文字号 and 有效性 (feed-notes.ts) lead its content
 * and are categories too, and attachments follow the body.
 */
export async function feedItem(article: Article, site: SiteConfig): Promise<FeedItem> {
  const url = absoluteUrl(article.url, site.baseUrl);
  const source = stripXmlIllegal(article.source);
  const body = boundedHtml(article.bodyHtml, maxItemHtml);
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
    tags: feedTags(article).map(stripXmlIllegal),
    source,
    creator: article.author ? stripXmlIllegal(article.author) : source,
    summary: stripXmlIllegal(article.summary),
    contentHtml:
      stripXmlIllegal(await absoluteHtml(feedLeadHtml(article) + body.html, url)) +
      (body.cut ? readOnSite(url, stripXmlIllegal(article.title)) : "") +
      stripXmlIllegal(await absoluteHtml(feedAttachmentsHtml(article), url)),
  };
}
