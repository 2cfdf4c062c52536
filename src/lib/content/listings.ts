import { pageWindow } from "./page-window.ts";
import type { Article, Channel, ChannelPage } from "../model/types.ts";

/** URL of page `n` (1-based) of a channel listing. */
export function channelPageUrl(channel: Channel, n: number): string {
  return n === 1 ? channel.url : `${channel.url}page/${n}/`;
}

/**
 * Splits a listing's articles (newest first) into numbered pages: `firstUrl` is page 1, page n is
 * `<firstUrl>page/<n>/`; an empty listing still gets page 1. `name` titles the pages (第N页，共M页 after the first).
 */
export function paginate(channel: Channel, articles: Article[], pageSize: number, firstUrl: string, name: string): ChannelPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / pageSize));
  const pages = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, url: i === 0 ? firstUrl : `${firstUrl}page/${i + 1}/` }));
  return pages.map(({ number, url }) => ({
    channel,
    pageNumber: number,
    pageCount,
    url,
    articles: articles.slice((number - 1) * pageSize, number * pageSize),
    pages,
    pageLinks: pageWindow(number, pageCount).map((item) => ("gap" in item ? item : pages[item.number - 1]!)),
    title: number > 1 ? `${name} 第${number}页，共${pageCount}页` : name,
  }));
}

/** Splits each channel's articles (newest first) into numbered listing pages; an empty channel still gets page 1. */
export function buildChannelPages(channels: Channel[], articles: Article[], pageSize: number): ChannelPage[] {
  return channels.flatMap((channel) => paginate(channel, articles.filter((a) => a.channel.slug === channel.slug), pageSize, channelPageUrl(channel, 1), channel.name));
}

/** The newest `count` articles of each channel, for the home page. */
export function latestByChannel(channels: Channel[], articles: Article[], count: number): { channel: Channel; articles: Article[] }[] {
  return channels.map((channel) => ({ channel, articles: articles.filter((a) => a.channel.slug === channel.slug).slice(0, count) }));
}

/**
 * Where years' articles start in a channel's listing: the first page that holds one. One entry per
 * page: years that truly start on the same page (a page holding the end of one year and the
 * start of the next two) share it, so the 网站地图 links each page once.
 */
export interface YearEntry {
  /** Newest first. */
  years: string[];
  /** The listing page the years start on. */
  number: number;
  url: string;
}

/** One channel as the 网站地图 shows it. */
export interface ChannelIndexEntry {
  channel: Channel;
  articleCount: number;
  pageCount: number;
  newest?: string | undefined;
  oldest?: string | undefined;
  /** Newest year first. */
  years: YearEntry[];
}

/**
 * Every channel with, for each year it has articles from, the listing page where that
 * year starts, for the 网站地图. Not every article (at 10,000 articles that is a page of a
 * megabyte) and not every listing page (hundreds of links): a year and its page is how a
 * resident looks for an old notice, and every article is then a few links away.
 * /sitemap.xml lists every URL.
 */
export function channelIndex(channels: Channel[], channelPages: ChannelPage[]): ChannelIndexEntry[] {
  return channels.map((channel) => {
    const pages = channelPages.filter((p) => p.channel.slug === channel.slug);
    const years: YearEntry[] = [];
    for (const page of pages) {
      for (const article of page.articles) {
        const year = article.published.date.slice(0, 4);
        if (years.some((y) => y.years.includes(year))) continue;
        const last = years[years.length - 1];
        if (last?.number === page.pageNumber) last.years.push(year);
        else years.push({ years: [year], number: page.pageNumber, url: page.url });
      }
    }
    const newestArticle = pages[0]?.articles[0];
    const lastPage = pages[pages.length - 1];
    return {
      channel,
      articleCount: pages.reduce((sum, p) => sum + p.articles.length, 0),
      pageCount: pages.length,
      newest: newestArticle?.published.display,
      oldest: lastPage?.articles[lastPage.articles.length - 1]?.published.display,
      years,
    };
  });
}
