import type { Article, Channel, SiteConfig } from "../model/types.ts";
import { publishTimeFromParts } from "../text/shanghai-time.ts";
import { beijingRfc822 } from "./beijing-rfc822.ts";
import { feedPaths, feedUrls } from "./feed-addresses.ts";
import { feedItem } from "./feed-item.ts";
import { stripXmlIllegal } from "../text/strip-xml-illegal.ts";
import type { Feed, FeedItem } from "./types.ts";
import { absoluteUrl } from "../site/absolute-url.ts";

export interface FeedOptions {
  site: SiteConfig;
  /** The channel this feed follows; none for the whole site. */
  channel?: Channel | undefined;
  /** The feed's articles, newest first. */
  articles: Article[];
  /**
   * The date an empty feed reports as updated: the newest article of the
   * whole site, so it still only changes when content changes.
   */
  fallbackUpdated?: Article | undefined;
  /** Turns an article into its item; buildFeeds passes one that converts each article once for all feeds. */
  itemOf?: (article: Article) => Promise<FeedItem>;
}

/** The 1970 epoch on the Beijing clock: the updated date of a feed on a site with no articles at all. */
const epoch = publishTimeFromParts(1970, 1, 1)!;

/** One feed: its newest `site.feedItems` articles and its metadata, ready to print. */
export async function buildFeed({ site, channel, articles, fallbackUpdated, itemOf = (a) => feedItem(a, site) }: FeedOptions): Promise<Feed> {
  const siteName = stripXmlIllegal(site.name);
  const newest = articles.slice(0, site.feedItems);
  const items = await Promise.all(newest.map(itemOf));
  const updated = (newest[0] ?? fallbackUpdated)?.published ?? epoch;
  const paths = feedPaths(channel?.slug);
  const name = channel ? stripXmlIllegal(channel.name) : "全部栏目";
  return {
    key: channel?.slug ?? "site",
    name,
    title: `${siteName}：${name}`,
    description: channel
      ? stripXmlIllegal(channel.description)
      : `${siteName}网站全部栏目的最新信息。`,
    language: "zh-CN",
    homeUrl: absoluteUrl(channel?.url ?? "/", site.baseUrl),
    paths,
    urls: feedUrls(paths, site.baseUrl),
    updatedRfc3339: updated.iso,
    updatedRfc822: beijingRfc822(updated.epochMs),
    publisher: siteName,
    items,
  };
}
