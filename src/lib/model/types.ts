/**
 * The content model, defined once and used everywhere: loaders produce these
 * types, templates render them, tests assert on them.
 */

/** Where a problem was found, for one-line build errors. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/** One problem in an input file: becomes one line of the build error. */
export interface BuildProblem extends SourceLocation {
  field: string;
  message: string;
}

/** Contact details shown in the footer and on 关于本站. */
export interface Contact {
  address: string;
  postcode: string;
  phone: string;
  email?: string | undefined;
}

/** The operator's settings, validated (see src/lib/settings/schema.ts). */
export interface SiteConfig {
  /** 网站名称, e.g. 北京市西城区人民政府 */
  name: string;
  /** Absolute base URL without trailing slash, e.g. https://www.bjxch.gov.cn */
  baseUrl: string;
  /** Host name of baseUrl, for the SiteDomain meta tag. */
  domain: string;
  /** 行政区划代码, 6 digits. */
  divisionCode: string;
  /** 主办单位 */
  sponsor: string;
  /** 承办单位 */
  organizer: string;
  /** 政府网站标识码 */
  siteIdCode: string;
  /** ICP备案号, e.g. 京ICP备19014909号-1 */
  icp: string;
  /** 公安机关备案号, e.g. 京公网安备11010202007633号 */
  publicSecurity: string;
  /** The digits of publicSecurity, for the query link. */
  publicSecurityCode: string;
  /** 党政机关网站标识 id, when the site has one. */
  conacId?: string | undefined;
  contact: Contact;
  /** Channel that imported legacy articles go to unless they say otherwise. */
  legacyChannel: string;
  /** 来源 used when an article names none. */
  defaultSource: string;
  /** Items per channel listing page. */
  pageSize: number;
  /** The newest items each feed (RSS, Atom, JSON Feed) carries. */
  feedItems: number;
  /** How many days after the build's reference time an article may be dated (see README: future dates). */
  futureDays: number;
}

/** A 栏目 (channel) of the portal. */
export interface Channel {
  /** URL slug, e.g. gzdt */
  slug: string;
  /** 栏目名称, e.g. 工作动态 */
  name: string;
  description: string;
  /** 《政府网站网页设计规范》 ColumnType, e.g. 工作动态 */
  columnType: string;
  /** Site-relative URL of the listing, e.g. /gzdt/ */
  url: string;
}

/** A publish time, kept in the several forms pages and feeds need. */
export interface PublishTime {
  /** ISO 8601 with the +08:00 offset: 2025-03-07T09:00:00+08:00 */
  iso: string;
  /** 2025-03-07 */
  date: string;
  /** 2025年3月7日 */
  display: string;
  /** The PubDate meta tag form: 2025-03-07 09:00 */
  meta: string;
  /** Milliseconds since the epoch, for sorting. */
  epochMs: number;
}

/** A link to another article (previous / next in a channel). */
export interface ArticleLink {
  title: string;
  url: string;
}

/** One published article, from Markdown or from the legacy importer. */
export interface Article {
  /** URL slug, stable across title changes. */
  slug: string;
  title: string;
  channel: Channel;
  published: PublishTime;
  /** 来源 */
  source: string;
  author?: string | undefined;
  /** Plain-text summary (the first paragraph unless the author wrote one). */
  summary: string;
  /** The article body as safe HTML. */
  bodyHtml: string;
  /** Site-relative URL, e.g. /gzdt/2025/seed/ */
  url: string;
  /** Path of the source file, relative to the project. */
  sourceFile: string;
  previous?: ArticleLink | undefined;
  next?: ArticleLink | undefined;
}

/** One page of a channel listing. */
export interface ChannelPage {
  channel: Channel;
  /** 1-based page number. */
  pageNumber: number;
  pageCount: number;
  url: string;
  articles: Article[];
  /** Links to every page of this channel, for the pagination nav. */
  pages: { number: number; url: string }[];
  /** The numbered links the pagination nav shows: a window around this page, gaps for the rest (page-window.ts). */
  pageLinks: ({ number: number; url: string } | { gap: true })[];
  /** The page title: the channel name, with 第N页，共M页 after page 1. */
  title: string;
}
