import type { Article, Channel, EntryKind, HomeGroup, HomeView, Section } from "../model/types.ts";

/** How many items the home page lists: the 要闻, then each other section. */
const homeItems = { news: 5, section: 3 } as const;

/** The big entries' names, in the order the home page shows them. */
export const entryLabels: Readonly<Record<EntryKind, string>> = { services: "办事服务", disclosure: "政府信息公开", interaction: "互动交流" };

/** The newest `count` articles of the given channels (articles come newest first). */
function newestOf(articles: readonly Article[], channels: readonly string[], count: number): Article[] {
  const out: Article[] = [];
  for (const article of articles) {
    if (channels.includes(article.channel.slug)) out.push(article);
    if (out.length === count) break;
  }
  return out;
}

/**
 * The home page as a portal: the first section's latest items (要闻), the big entries
 * (办事服务, 政府信息公开, 互动交流, 订阅) and then the latest of each other section and its
 * pages, each block linking to its section's channels. A site without sections lists each channel's `latest`, as it always did.
 */
export function homeView(sections: readonly Section[], latest: readonly { channel: Channel; articles: Article[] }[], articles: readonly Article[]): HomeView {
  if (!sections.length) {
    return { entries: [], groups: latest.map(({ channel: c, articles }) => ({ key: c.slug, name: c.name, url: c.url, articles, pages: [], channels: [] })) };
  }
  const [first, ...rest] = sections;
  const slugsOf = (section: Section) => section.channels.map((c) => c.slug);
  const group = (section: Section, count: number): HomeGroup => ({
    key: section.slug,
    name: section.name,
    url: section.url,
    articles: newestOf(articles, slugsOf(section), count),
    pages: section.pages,
    channels: section.channels.map((c) => ({ name: c.name, url: c.url })),
  });
  const entries: HomeView["entries"] = (Object.keys(entryLabels) as EntryKind[]).flatMap((kind) => {
    const section = sections.find((s) => s.entry === kind);
    return section ? [{ kind, label: entryLabels[kind], description: section.description, url: section.url }] : [];
  });
  entries.push({ kind: "subscribe", label: "订阅本站", description: "新信息自动送到您的阅读器（RSS），不用每天打开网站。", url: "/subscribe/" });
  return {
    news: first!.channels.length ? group(first!, homeItems.news) : undefined,
    entries,
    groups: (first!.channels.length ? rest : sections).filter((s) => s.channels.length || s.pages.length).map((s) => group(s, homeItems.section)),
  };
}
