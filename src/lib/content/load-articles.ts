import { loadOverrides } from "../legacy/load-overrides.ts";
import { overridesFileName } from "../legacy/overrides.ts";
import { readLegacyArticle } from "../legacy/read-legacy-article.ts";
import { attachmentTypes } from "../attachments/file-types.ts";
import { linkDocuments } from "../documents/link-documents.ts";
import type { Article, BuildProblem, Channel, SiteConfig, Topic } from "../model/types.ts";
import { type ArticleDraft, articleUrl } from "./article-draft.ts";
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
  articles: { read: [".md", ".markdown"], companions: Object.keys(attachmentTypes), hint: "articles are Markdown files; old-site .txt pages go in legacy/" },
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
    url: articleUrl(channel.slug, draft.published, draft.slug),
    sourceFile: draft.sourceFile,
    attachments: draft.attachments,
    images: draft.images,
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
 * no date lies more than the settings' futureDays after `asOf` (see reference-time.ts), and
 * policy documents and their 解读 name documents that exist (src/lib/documents/link-documents.ts).
 * Returns them newest first, with every problem and warning.
 */
export function articlesFrom(results: ReadResult[], site: SiteConfig, channels: Channel[], asOf: number, taken = new Map<string, string>()): ArticleLoad {
  const problems = results.flatMap((r) => r.problems);
  const warnings = results.flatMap((r) => r.warnings);
  const channelBySlug = new Map(channels.map((c) => [c.slug, c]));
  const articles: Article[] = [];
  const drafts = new Map<Article, ArticleDraft>();
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
    drafts.set(article, draft);
  }
  articles.sort(compareNewestFirst);
  linkNeighbours(articles);
  problems.push(...linkDocuments(articles.map((article) => ({ article, draft: drafts.get(article)! }))));
  return { articles, problems, warnings };
}

/** Warnings for files beside the articles that no article lists as an attachment or shows as an image. */
function unusedCompanions(companions: readonly string[], articles: readonly Article[]): BuildProblem[] {
  const used = new Set(articles.flatMap((a) => [...(a.attachments ?? []), ...(a.images ?? [])].map((f) => f.sourceFile)));
  return companions
    .filter((file) => !used.has(file))
    .map((file) => ({ file, field: "file", message: `is not read as an article, and no article lists it under attachments: or shows it as an image, so it is not published; expected it named by the article beside it (${folderRules.articles.hint})` }));
}

/**
 * Reads every article (Markdown and legacy text) of the content folders: see articlesFrom.
 * `topics` are the 主题分类 policy documents may name (the settings' topics.yaml).
 */
export function loadArticles(site: SiteConfig, channels: Channel[], folders: ContentFolders, asOf = referenceTime().epochMs, topics: readonly Topic[] = []): ArticleLoad {
  const slugs = channels.map((c) => c.slug);
  const markdown = listContentFiles(folders.articles, folders.root, folderRules.articles);
  const results = [
    ...readAll(markdown, (text, file) => readMarkdownArticle(text, file, { channels, topics, root: folders.root })),
    ...readLegacyFolder(site, slugs, folders.legacy, folders.root),
  ];
  const load = articlesFrom(results, site, channels, asOf);
  return { ...load, warnings: [...load.warnings, ...unusedCompanions(markdown.companions, load.articles)] };
}
