import type { Article, Channel, ChannelPage } from "../lib/model/types.ts";

/** One channel as the site map shows it. */
export interface ChannelSummary {
  channel: Channel;
  articleCount: number;
  pageCount: number;
  /** The last listing page, which holds the oldest articles. */
  lastPage: { number: number; url: string };
  /** Display dates of the newest and oldest articles, when there are any. */
  newest?: string | undefined;
  oldest?: string | undefined;
}

interface Data {
  channels: Channel[];
  articles: Article[];
  channelPages: ChannelPage[];
}

/**
 * The site map lists the channels and their listing pages, not every
 * article: at 10,000 articles a list of every article is a 1 MB page no
 * one can use. Every article is reachable from its channel's listing pages
 * (and search engines read /sitemap.xml, which lists every URL).
 */
export function channelSummaries({ channels, articles, channelPages }: Data): ChannelSummary[] {
  return channels.map((channel) => {
    const own = articles.filter((a) => a.channel.slug === channel.slug); // newest first
    const first = channelPages.find((p) => p.channel.slug === channel.slug && p.pageNumber === 1);
    const pageCount = first?.pageCount ?? 1;
    return {
      channel,
      articleCount: own.length,
      pageCount,
      lastPage: first?.pages[pageCount - 1] ?? { number: 1, url: channel.url },
      newest: own[0]?.published.display,
      oldest: own[own.length - 1]?.published.display,
    };
  });
}

export default {
  eleventyComputed: { channelSummaries },
};
