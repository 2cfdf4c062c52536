import type { Article, Channel, SiteConfig } from "../model/types.ts";
import { buildFeed } from "./build-feed.ts";
import { feedItem } from "./feed-item.ts";
import type { FeedItem, FeedSet } from "./types.ts";

/**
 * Every feed of the site: the whole site, then each channel in menu order.
 * `articles` must be newest first (as the loader returns them).
 */
export async function buildFeeds(content: { site: SiteConfig; channels: Channel[]; articles: Article[] }): Promise<FeedSet> {
  const { site, channels, articles } = content;
  const fallbackUpdated = articles[0];
  // Every article is in two feeds (the site's and its channel's): convert its HTML once.
  const converted = new Map<Article, Promise<FeedItem>>();
  const itemOf = (article: Article) => {
    if (!converted.has(article)) converted.set(article, feedItem(article, site));
    return converted.get(article)!;
  };
  const siteFeed = await buildFeed({ site, articles, fallbackUpdated, itemOf });
  const channelFeeds = await Promise.all(
    channels.map((channel) =>
      buildFeed({ site, channel, articles: articles.filter((a) => a.channel.slug === channel.slug), fallbackUpdated, itemOf }),
    ),
  );
  return {
    site: siteFeed,
    channels: channelFeeds,
    all: [siteFeed, ...channelFeeds],
    byChannel: Object.fromEntries(channelFeeds.map((feed) => [feed.key, feed])),
  };
}
