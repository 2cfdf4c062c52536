import type { Article, Channel, ChannelPage } from "../model/types.ts";

/** URL of page `n` (1-based) of a channel listing. */
export function channelPageUrl(channel: Channel, n: number): string {
  return n === 1 ? channel.url : `${channel.url}page/${n}/`;
}

/** Splits each channel's articles (newest first) into numbered listing pages; an empty channel still gets page 1. */
export function buildChannelPages(channels: Channel[], articles: Article[], pageSize: number): ChannelPage[] {
  return channels.flatMap((channel) => {
    const own = articles.filter((a) => a.channel.slug === channel.slug);
    const pageCount = Math.max(1, Math.ceil(own.length / pageSize));
    const pages = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: channelPageUrl(channel, i + 1) }));
    return pages.map(({ number, url }) => ({
      channel,
      pageNumber: number,
      pageCount,
      url,
      articles: own.slice((number - 1) * pageSize, number * pageSize),
      pages,
    }));
  });
}

/** The newest `count` articles of each channel, for the home page. */
export function latestByChannel(channels: Channel[], articles: Article[], count: number): { channel: Channel; articles: Article[] }[] {
  return channels.map((channel) => ({ channel, articles: articles.filter((a) => a.channel.slug === channel.slug).slice(0, count) }));
}

/** One listing page as the 网站地图 names it: its number and the dates it covers. */
export interface ListingPageEntry {
  number: number;
  url: string;
  /** Display dates of the newest and oldest article on the page. */
  newest?: string | undefined;
  oldest?: string | undefined;
}

/** One channel as the 网站地图 shows it. */
export interface ChannelIndexEntry {
  channel: Channel;
  articleCount: number;
  newest?: string | undefined;
  oldest?: string | undefined;
  listingPages: ListingPageEntry[];
}

/**
 * Every channel with every one of its listing pages and the dates each covers, for the
 * 网站地图. It names listing pages rather than each article: at 10,000 articles a list of
 * every article is a page of a megabyte; this way every article is two links away
 * (网站地图 → the listing page of its dates → the article), and /sitemap.xml lists every URL.
 */
export function channelIndex(channels: Channel[], channelPages: ChannelPage[]): ChannelIndexEntry[] {
  return channels.map((channel) => {
    const pages = channelPages.filter((p) => p.channel.slug === channel.slug);
    const listingPages = pages.map((p) => ({
      number: p.pageNumber,
      url: p.url,
      newest: p.articles[0]?.published.display,
      oldest: p.articles[p.articles.length - 1]?.published.display,
    }));
    return {
      channel,
      articleCount: pages.reduce((sum, p) => sum + p.articles.length, 0),
      newest: listingPages[0]?.newest,
      oldest: listingPages[listingPages.length - 1]?.oldest,
      listingPages,
    };
  });
}
