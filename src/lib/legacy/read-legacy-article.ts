import { basename } from "node:path";
import { slugFromFileName, summarise } from "../content/article-draft.ts";
import { checkChannel } from "../content/check-channel.ts";
import { frontMatterRules, splitFrontMatter } from "../content/front-matter.ts";
import type { ReadResult } from "../content/read-markdown-article.ts";
import type { BuildProblem, SiteConfig } from "../model/types.ts";
import { escapeHtml } from "../text/escape-html.ts";
import { restoreFullWidthPunctuation } from "../text/full-width-punctuation.ts";
import { parsePublishTime, publishTimeFromParts } from "../text/shanghai-time.ts";
import { boilerplateMismatches, isBoilerplateLine, readBoilerplate } from "./boilerplate.ts";

/** The opening of an old page: `3月7日,` then the lead. */
const opening = /^(\d{1,2})月(\d{1,2})日[,，、\s]*/;

/**
 * Reads a page exported from the old site as plain text (see
 * ../shared/notes): one paragraph a line, the date without its year at the
 * start, the year in the lead, the old footer in the last lines. An optional
 * front-matter block at the top overrides title, date, channel, source, slug.
 * Everything is treated as text and escaped.
 */
export function readLegacyArticle(raw: string, file: string, site: SiteConfig, channels: readonly string[]): ReadResult {
  const split = splitFrontMatter(raw, file);
  const fm = split.frontMatter;
  const problems: BuildProblem[] = [...split.problems];
  const warnings: BuildProblem[] = [...split.warnings];

  const numbered = split.body
    .split("\n")
    .map((text, index) => ({ text: text.trim(), line: split.bodyLine + index })) // control characters went in splitFrontMatter
    .filter((entry) => entry.text.length > 0);
  let end = numbered.length;
  while (end > 0 && isBoilerplateLine(numbered[end - 1]!.text)) end--;
  const footer = numbered.slice(end);
  const paragraphs = numbered.slice(0, end);

  for (const [field, found, expected] of boilerplateMismatches(readBoilerplate(footer.map((f) => f.text)), site)) {
    warnings.push({ file, line: footer[0]?.line, field: `old footer ${field}`, message: `says "${found}" but the site settings say "${expected}"; the settings are used` });
  }
  if (paragraphs.length === 0) {
    if (split.problems.length) return { problems, warnings }; // an unreadable front matter explains the missing body
    return { problems: [{ file, line: split.bodyLine, field: "body", message: "is empty; expected the article text, one paragraph a line" }], warnings };
  }

  const first = paragraphs[0]!;
  const dateMatch = opening.exec(first.text);
  const lead = dateMatch ? first.text.slice(dateMatch[0].length) : first.text;
  let published = fm.date ? parsePublishTime(fm.date) : undefined;
  if (!published && !split.problems.some((p) => p.field === "date")) {
    const year = /(\d{4})年/.exec(lead)?.[1];
    if (dateMatch && year) published = publishTimeFromParts(Number(year), Number(dateMatch[1]), Number(dateMatch[2]));
    if (!published) {
      problems.push({
        file,
        line: first.line,
        field: "date",
        message: dateMatch && year
          ? `${year}年${dateMatch[1]}月${dateMatch[2]}日 is not a real date; expected a real date, or a date: line in a front-matter block (${frontMatterRules.date})`
          : "no recognisable date; expected the first line to open with M月D日 and its lead to name the year (YYYY年), or a date: line in a front-matter block",
      });
    }
  }

  const restored = paragraphs.map((p) => restoreFullWidthPunctuation(p.text));
  const leadClause = restoreFullWidthPunctuation(lead).split(/[，。；！？]/)[0]!.trim();
  const title = fm.title ?? leadClause;
  if (!title) problems.push({ file, line: first.line, field: "title", message: `cannot be derived from the lead; expected a title: line in a front-matter block (${frontMatterRules.title})` });
  if (fm.channel) problems.push(...checkChannel(fm.channel, channels, file, split.lineOf("channel")));
  const slug = fm.slug ?? slugFromFileName(basename(file));
  if (!slug) problems.push({ file, field: "slug", message: `cannot be derived from the file name; expected ${frontMatterRules.slug}` });
  if (problems.length || !published) return { problems, warnings };

  return {
    problems,
    warnings,
    draft: {
      sourceFile: file,
      title,
      channelSlug: fm.channel ?? site.legacyChannel,
      published,
      source: fm.source,
      author: fm.author,
      summary: fm.summary ?? summarise(restored[0]!),
      bodyHtml: restored.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n"),
      slug,
      lines: { title: split.lineOf("title") ?? first.line, channel: split.lineOf("channel"), slug: split.lineOf("slug"), date: split.lineOf("date") ?? first.line },
    },
  };
}
