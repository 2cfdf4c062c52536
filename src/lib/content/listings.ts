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

/** Every channel with all its articles and its listing pages, for the 网站地图. */
export function channelIndex(channels: Channel[], articles: Article[], channelPages: ChannelPage[]): { channel: Channel; articles: Article[]; listingPages: { number: number; url: string }[] }[] {
  return channels.map((channel) => ({
    channel,
    articles: articles.filter((a) => a.channel.slug === channel.slug),
    listingPages: channelPages.find((p) => p.channel.slug === channel.slug)?.pages ?? [],
  }));
}
