import { loadOverrides } from "../legacy/load-overrides.ts";
import { overridesFileName } from "../legacy/overrides.ts";
import { readLegacyArticle } from "../legacy/read-legacy-article.ts";
import type { Article, BuildProblem, Channel, SiteConfig } from "../model/types.ts";
import type { ArticleDraft } from "./article-draft.ts";
import { checkFutureDate } from "./check-future-date.ts";
import { referenceTime } from "./reference-time.ts";
import { type ContentFileList, listContentFiles, relativePath } from "./list-content-files.ts";
import { readMarkdownArticle, type ReadResult } from "./read-markdown-article.ts";
import { readTextFile } from "./read-text-file.ts";

export interface ArticleLoad {
  articles: Article[];
  problems: BuildProblem[];
  warnings: BuildProblem[];
}

/** The content folder (links must stay inside it) and its two article folders. */
export interface ContentFolders {
  root: string;
  articles: string;
  legacy: string;
}

/** What each content folder reads; anything else there is skipped with a warning naming it. */
export const folderRules = {
  articles: { read: [".md", ".markdown"], hint: "articles are Markdown files; old-site .txt pages go in legacy/" },
  legacy: { read: [".txt"], extra: [overridesFileName], hint: "old-site pages are .txt exports; Markdown articles go in articles/" },
} as const;

/** Reads every listed file, after the listing's own problems and warnings. */
function readAll(list: ContentFileList, read: (text: string, file: string) => ReadResult): ReadResult[] {
  return [
    { problems: list.problems, warnings: list.warnings },
    ...list.files.map((file) => {
      const { text, problem } = readTextFile(file);
      return problem ? { problems: [problem], warnings: [] } : read(text!, file);
    }),
  ];
}

/**
 * Reads every old-site page of `folder` (and its sub-folders) with the overrides.csv rows that
 * apply to it; the overrides' own problems first. Links must stay inside `root`.
 */
export function readLegacyFolder(site: SiteConfig, slugs: readonly string[], folder: string, root: string): ReadResult[] {
  const list = listContentFiles(folder, root, folderRules.legacy);
  const overrides = loadOverrides(list.extra, list.files);
  const read = (text: string, file: string) => readLegacyArticle(text, file, site, slugs, { overrides: overrides.lookup(file), relative: relativePath(folder, file) });
  return [{ problems: overrides.problems, warnings: [] }, ...readAll(list, read)];
}

/** Resolves a draft's channel and URL. */
function toArticle(draft: ArticleDraft, channel: Channel, site: SiteConfig): Article {
  return {
    slug: draft.slug,
    title: draft.title,
    channel,
    published: draft.published,
    source: draft.source ?? site.defaultSource,
    author: draft.author,
    summary: draft.summary,
    bodyHtml: draft.bodyHtml,
    url: `/${channel.slug}/${draft.published.date.slice(0, 4)}/${draft.slug}/`,
    sourceFile: draft.sourceFile,
  };
}

/** Newest first; ties broken by URL so the order never depends on the file system. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.published.epochMs - a.published.epochMs || a.url.localeCompare(b.url);
}

/** Links each article to its neighbours in its channel: previous = older, next = newer. */
function linkNeighbours(articles: Article[]): void {
  const byChannel = new Map<string, Article[]>();
  for (const article of articles) {
    const list = byChannel.get(article.channel.slug) ?? [];
    list.push(article);
    byChannel.set(article.channel.slug, list);
  }
  for (const list of byChannel.values()) {
    list.forEach((article, index) => {
      const newer = list[index - 1];
      const older = list[index + 1];
      article.next = newer && { title: newer.title, url: newer.url };
      article.previous = older && { title: older.title, url: older.url };
    });
  }
}

/**
 * Turns what the readers found into articles, checking what can only be checked across files:
 * channels exist, URLs are unique (also against `taken`: URL → file of articles read elsewhere),
 * and no date lies more than the settings' futureDays after `asOf` (see reference-time.ts).
 * Returns them newest first, with every problem and warning.
 */
export function articlesFrom(results: ReadResult[], site: SiteConfig, channels: Channel[], asOf: number, taken = new Map<string, string>()): ArticleLoad {
  const problems = results.flatMap((r) => r.problems);
  const warnings = results.flatMap((r) => r.warnings);
  const channelBySlug = new Map(channels.map((c) => [c.slug, c]));
  const articles: Article[] = [];
  const byUrl = new Map(taken);
  for (const draft of results.flatMap((r) => (r.draft ? [r.draft] : []))) {
    const future = checkFutureDate(draft.published, { epochMs: asOf, futureDays: site.futureDays }, { file: draft.sourceFile, line: draft.lines.date }, draft.dateFrom);
    if (future.length) {
      problems.push(...future);
      continue;
    }
    const article = toArticle(draft, channelBySlug.get(draft.channelSlug)!, site); // readers checked the channel
    const other = byUrl.get(article.url);
    if (other) {
      problems.push({ file: draft.sourceFile, line: draft.lines.slug, field: "slug", message: `gives the URL ${article.url}, already used by ${other}; expected a unique slug (set slug: in the front matter)` });
      continue;
    }
    byUrl.set(article.url, draft.sourceFile);
    articles.push(article);
  }
  articles.sort(compareNewestFirst);
  linkNeighbours(articles);
  return { articles, problems, warnings };
}

/** Reads every article (Markdown and legacy text) of the content folders: see articlesFrom. */
export function loadArticles(site: SiteConfig, channels: Channel[], folders: ContentFolders, asOf = referenceTime().epochMs): ArticleLoad {
  const slugs = channels.map((c) => c.slug);
  const results = [
    ...readAll(listContentFiles(folders.articles, folders.root, folderRules.articles), (text, file) => readMarkdownArticle(text, file, slugs)),
    ...readLegacyFolder(site, slugs, folders.legacy, folders.root),
  ];
  return articlesFrom(results, site, channels, asOf);
}
