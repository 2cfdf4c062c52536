import type { CheerioAPI } from "cheerio";

/** A 网页设计规范 meta tag a page lacks or gets wrong. */
export interface MetaProblem {
  rule: string;
  /** The tag's name, e.g. ColumnType. */
  tag: string;
  message: string;
}

/** The site and column tags every page carries (《政府网站网页设计规范》). */
export const pageTags = ["SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription", "ColumnType"] as const;

/** The tags an information item (a page with ArticleTitle) carries besides. */
export const itemTags = ["ArticleTitle", "PubDate", "ContentSource"] as const;

/**
 * The 《政府网站网页设计规范》 meta tags of a built page: every page names the site and its
 * column, SiteIDCode is a 标识码, and an information item (ArticleTitle) has its PubDate
 * (YYYY-MM-DD HH:MM) and ContentSource. A missing PubDate is left to the undated-items check.
 * Shared by the accessibility audit (audit.config.ts) and `npm run inspect`.
 */
export function metaTagProblems($: CheerioAPI, options: { pubDate?: boolean } = {}): MetaProblem[] {
  const value = (name: string) => ($(`head meta[name="${name}"]`).attr("content") ?? "").trim();
  const problems: MetaProblem[] = [];
  const tags = $(`head meta[name="ArticleTitle"]`).length ? [...pageTags, ...itemTags] : pageTags;
  for (const tag of tags) {
    if (tag === "PubDate" && options.pubDate === false) continue;
    if (!value(tag)) problems.push({ rule: "meta-missing", tag, message: `The page has no <meta name="${tag}"> with a value (网页设计规范)` });
  }
  const id = value("SiteIDCode");
  if (id && !/^(\d{10}|bm\d{8})$/.test(id)) problems.push({ rule: "meta-site-id", tag: "SiteIDCode", message: `SiteIDCode is "${id}"; expected a 政府网站标识码 (10 digits, or bm + 8)` });
  const date = value("PubDate");
  if (date && !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(date)) problems.push({ rule: "meta-pubdate", tag: "PubDate", message: `PubDate is "${date}"; expected YYYY-MM-DD HH:MM` });
  return problems;
}
