import { createHash } from "node:crypto";
import { paginate } from "../content/listings.ts";
import type { Article, Channel, ChannelPage, DocumentFacet, DocumentFilterPage, PolicyDocument, Topic, Validity } from "../model/types.ts";
import { validities } from "./front-matter-fields.ts";

/** The URL segment of each 有效性. */
export const validitySlugs: Readonly<Record<Validity, string>> = { 有效: "valid", 已修改: "amended", 已废止: "repealed", 已失效: "expired" };

/** A 发文机关's URL segment: a short hash of its name, stable as long as the name is (names are free text, slugs need ASCII). */
export const issuerSlug = (issuer: string) => createHash("sha256").update(issuer).digest("hex").slice(0, 10);

/** One way to narrow a documents channel's list: its values for a document, their order and URL segments. */
interface Dimension {
  key: string;
  name: string;
  valuesOf(document: PolicyDocument): string[];
  /** Values in the order the facet lists them. */
  order(values: string[], counts: Map<string, number>): string[];
  slugOf(value: string): string;
  labelOf(value: string): string;
}

/** The four dimensions: 主题分类 (in topics.yaml's order), 发文机关 (most documents first), 成文年份 (newest first), 有效性. */
function dimensions(topics: readonly Topic[]): Dimension[] {
  const topicSlugs = new Map(topics.map((t) => [t.name, t.slug]));
  const topicOrder = topics.map((t) => t.name);
  return [
    { key: "topic", name: "主题分类", valuesOf: (d) => [d.topic.name], order: (v) => topicOrder.filter((name) => v.includes(name)), slugOf: (v) => topicSlugs.get(v)!, labelOf: (v) => v },
    { key: "issuer", name: "发文机关", valuesOf: (d) => d.issuers, order: (v, counts) => [...v].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, "zh-CN")), slugOf: issuerSlug, labelOf: (v) => v },
    { key: "year", name: "成文年份", valuesOf: (d) => [d.written.date.slice(0, 4)], order: (v) => [...v].sort().reverse(), slugOf: (v) => v, labelOf: (v) => `${v}年` },
    { key: "validity", name: "有效性", valuesOf: (d) => [d.validity], order: (v) => validities.filter((name) => v.includes(name)), slugOf: (v) => validitySlugs[v as Validity], labelOf: (v) => v },
  ];
}

/**
 * The static listings that narrow each documents channel without JavaScript: for every
 * 主题分类, 发文机关, 成文年份 and 有效性 its documents have, a paginated list at
 * /<channel>/<topic|issuer|year|validity>/<value>/ (page objects that carry their own URL and
 * everything they show), and the facets — each value with its count and URL — that the
 * channel's first page lists. `articles` are newest first.
 */
export function buildDocumentListings(channels: readonly Channel[], articles: readonly Article[], pageSize: number, topics: readonly Topic[]): { filterPages: DocumentFilterPage[]; facets: Map<string, DocumentFacet[]> } {
  const filterPages: DocumentFilterPage[] = [];
  const facets = new Map<string, DocumentFacet[]>();
  for (const channel of channels.filter((c) => c.kind === "documents")) {
    const documents = articles.filter((a) => a.channel.slug === channel.slug && a.document);
    const channelFacets: DocumentFacet[] = [];
    for (const dimension of dimensions(topics)) {
      const byValue = new Map<string, Article[]>();
      for (const article of documents) {
        for (const value of dimension.valuesOf(article.document!)) {
          if (!byValue.has(value)) byValue.set(value, []);
          byValue.get(value)!.push(article);
        }
      }
      const counts = new Map([...byValue].map(([value, list]) => [value, list.length]));
      const values = dimension.order([...byValue.keys()], counts).map((value) => {
        const url = `${channel.url}${dimension.key}/${dimension.slugOf(value)}/`;
        const label = dimension.labelOf(value);
        const filter = { key: dimension.key, name: dimension.name, label };
        const pages = paginate(channel, byValue.get(value)!, pageSize, url, `${channel.name}（${dimension.name}：${label}）`);
        filterPages.push(...pages.map((page: ChannelPage) => ({ ...page, filter })));
        return { value, label, url, count: counts.get(value)! };
      });
      if (values.length) channelFacets.push({ key: dimension.key, name: dimension.name, values });
    }
    facets.set(channel.slug, channelFacets);
    // The first page of each narrowed listing offers the other ways to narrow, as the channel's does.
    for (const page of filterPages) if (page.channel.slug === channel.slug && page.pageNumber === 1) page.facets = channelFacets;
  }
  return { filterPages, facets };
}
