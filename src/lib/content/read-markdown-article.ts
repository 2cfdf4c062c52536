import { basename } from "node:path";
import type { BuildProblem } from "../model/types.ts";
import { parsePublishTime } from "../text/shanghai-time.ts";
import { checkChannel } from "./check-channel.ts";
import { type ArticleDraft, slugFromFileName, summarise } from "./article-draft.ts";
import { frontMatterRules, splitFrontMatter } from "./front-matter.ts";
import { checkHeadings } from "./check-headings.ts";
import { checkImages } from "./check-images.ts";
import { renderMarkdown } from "./markdown.ts";

export interface ReadResult {
  draft?: ArticleDraft | undefined;
  problems: BuildProblem[];
  warnings: BuildProblem[];
}

/** Reads one Markdown article: front matter (title, channel, date required) and body. */
export function readMarkdownArticle(raw: string, file: string, channels: readonly string[]): ReadResult {
  const split = splitFrontMatter(raw, file);
  const fm = split.frontMatter;
  const problems: BuildProblem[] = [...split.problems];
  const invalid = new Set(split.problems.map((p) => p.field));
  const missing = (field: "title" | "channel" | "date") =>
    invalid.has(field) || invalid.has("front matter") ||
    problems.push({ file, line: split.bodyLine > 1 ? 2 : undefined, field, message: `is missing; expected ${frontMatterRules[field]}` });
  if (!fm.title) missing("title");
  if (!fm.channel) missing("channel");
  else problems.push(...checkChannel(fm.channel, channels, file, split.lineOf("channel")));
  if (!fm.date) missing("date");
  const body = split.body.trim();
  if (!body) problems.push({ file, line: split.bodyLine, field: "body", message: "is empty; expected the article text in Markdown after the front matter" });
  const slug = fm.slug ?? slugFromFileName(basename(file));
  if (!slug) {
    problems.push({ file, field: "slug", message: `cannot be derived from the file name; expected ${frontMatterRules.slug}` });
  }
  if (problems.length) return { problems, warnings: split.warnings };
  const rendered = renderMarkdown(body);
  // Lines of the trimmed body are counted from the first non-blank line of the file's body.
  const firstLine = split.bodyLine + (split.body.slice(0, split.body.length - split.body.trimStart().length).match(/\n/g)?.length ?? 0);
  const at = <T extends { line: number }>(items: T[]) => items.map((item) => ({ ...item, line: firstLine + item.line }));
  problems.push(...checkHeadings(at(rendered.headings), file), ...checkImages(at(rendered.images), file));
  if (problems.length) return { problems, warnings: split.warnings };
  return {
    problems,
    warnings: split.warnings,
    draft: {
      sourceFile: file,
      title: fm.title!,
      channelSlug: fm.channel!,
      published: parsePublishTime(fm.date!)!,
      source: fm.source,
      author: fm.author,
      summary: fm.summary ?? summarise(rendered.firstParagraph),
      bodyHtml: rendered.html,
      slug,
      lines: { title: split.lineOf("title"), channel: split.lineOf("channel"), slug: split.lineOf("slug"), date: split.lineOf("date") },
    },
  };
}
