/**
 * What the feed templates render: every value prepared (absolute URLs,
 * Beijing-time dates, XML-safe text), so the templates only print.
 */

/** Where one feed is published, in its three formats. */
export interface FeedAddresses {
  rss: string;
  atom: string;
  json: string;
}

/** One item of a feed: one article. */
export interface FeedItem {
  /** Stable id: the article's canonical URL. */
  id: string;
  title: string;
  /** Absolute URL of the article page. */
  url: string;
  /** RFC 3339 with the +08:00 offset, for Atom and JSON Feed. */
  dateRfc3339: string;
  /** RFC 822 with the +0800 offset, for RSS. */
  dateRfc822: string;
  /** The channel, as the item's category. */
  category: { term: string; label: string; url: string };
  /** More categories: a policy document's 发文字号, 有效性 and 主题分类. */
  tags: string[];
  /** 来源 */
  source: string;
  /** The author when the article names one, otherwise the 来源. */
  creator: string;
  /** Plain-text summary. */
  summary: string;
  /** The full article HTML, every URL in it absolute. */
  contentHtml: string;
}

/** One feed: the whole site or one channel. */
export interface Feed {
  /** "site" for the whole site, otherwise the channel slug. */
  key: string;
  /** 栏目名称, or 全部栏目 for the whole site. */
  name: string;
  /** Chinese title naming the site and the channel. */
  title: string;
  description: string;
  language: "zh-CN";
  /** Absolute URL of the page the feed follows (home page or channel listing). */
  homeUrl: string;
  /** Site-relative paths the templates write the feeds to. */
  paths: FeedAddresses;
  /** Absolute URLs of the same (self links, the subscribe page). */
  urls: FeedAddresses;
  /** The newest item's date (so unchanged content gives byte-identical feeds). */
  updatedRfc3339: string;
  updatedRfc822: string;
  /** Site name, for the feed-level author and publisher. */
  publisher: string;
  items: FeedItem[];
}

/** Every feed of the site. */
export interface FeedSet {
  site: Feed;
  channels: Feed[];
  /** The site feed followed by every channel feed: what the templates paginate over. */
  all: Feed[];
  /** Channel feeds by slug, for the <link rel="alternate"> of channel and article pages. */
  byChannel: Record<string, Feed>;
}
