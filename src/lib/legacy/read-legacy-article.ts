import { basename, dirname } from "node:path";
import { slugFromFileName, summarise } from "../content/article-draft.ts";
import { checkChannel } from "../content/check-channel.ts";
import { frontMatterRules, splitFrontMatter } from "../content/front-matter.ts";
import type { ReadResult } from "../content/read-markdown-article.ts";
import type { BuildProblem, PublishTime, SiteConfig } from "../model/types.ts";
import { escapeHtml } from "../text/escape-html.ts";
import { restoreFullWidthPunctuation } from "../text/full-width-punctuation.ts";
import { cleanLineText } from "../text/plain-text-schema.ts";
import { parsePublishTime } from "../text/shanghai-time.ts";
import { hasVisibleText } from "../text/visible-text.ts";
import { boilerplateMismatches, isFooterLine, mentionsFooter, readBoilerplate } from "./boilerplate.ts";
import { titleFromLead } from "./derive-title.ts";
import type { PageOverrides } from "./load-overrides.ts";
import { readOpening } from "./opening.ts";
import { resolveDate } from "./resolve-date.ts";
import { isTitleLine } from "./title-line.ts";

/** What the legacy folder says about one page beyond its own text. */
export interface LegacyPageContext {
  /** Its rows in overrides.csv (its own, its folder's). */
  overrides?: PageOverrides | undefined;
  /** Its path relative to the legacy folder (2019/123.txt), for messages; the file name when left out. */
  relative?: string | undefined;
}

/** Where an operator can give a page's year (or whole date), in words, for messages. */
function dateHint(relative: string): (what: "year" | "date") => string {
  const folder = dirname(relative);
  const folderRow = folder === "." ? "./" : `${folder}/`;
  return (what) =>
    what === "year"
      ? `a row "${relative},YYYY" (or a whole date) in the legacy folder's overrides.csv, a folder row "${folderRow},YYYY" there, or a date: line in a front-matter block`
      : `a row "${relative},YYYY-MM-DD" in the legacy folder's overrides.csv, or a date: line in a front-matter block`;
}

/** The text of a line as a reader sees it, for comparing a title with a paragraph. */
const visibleLine = (text: string) => cleanLineText(restoreFullWidthPunctuation(text)).replace(/[。.]$/u, "");

/**
 * Reads a page exported from the old site as plain text (see ../shared/notes): one
 * paragraph a line, perhaps its own title line first, the date without its year at the
 * start of the lead (3月7日, 3月7日上午, …), the old footer in the last lines. The date and
 * title are derived (resolve-date.ts, derive-title.ts), with a warning wherever a part is
 * guessed; overrides.csv rows and an optional front-matter block at the top override title,
 * date, channel, source, slug. Everything is treated as text and escaped.
 */
export function readLegacyArticle(raw: string, file: string, site: SiteConfig, channels: readonly string[], context: LegacyPageContext = {}): ReadResult {
  const split = splitFrontMatter(raw, file);
  const fm = split.frontMatter;
  const problems: BuildProblem[] = [...split.problems];
  const warnings: BuildProblem[] = [...split.warnings];
  const { file: fileRow, folder: folderRow } = context.overrides ?? {};

  const numbered = split.body
    .split("\n")
    .map((text, index) => ({ text: text.trim(), line: split.bodyLine + index })) // control characters went in splitFrontMatter
    .filter((entry) => hasVisibleText(entry.text));
  let end = numbered.length;
  while (end > 0 && isFooterLine(numbered[end - 1]!.text)) end--;
  const footer = numbered.slice(end);
  const paragraphs = numbered.slice(0, end);

  for (const [field, found, expected] of boilerplateMismatches(readBoilerplate(footer.map((f) => f.text)), site)) {
    warnings.push({ file, line: footer[0]?.line, field: `old footer ${field}`, message: `says "${found}" but the site settings say "${expected}"; the settings are used` });
  }
  const last = paragraphs[paragraphs.length - 1];
  if (last && mentionsFooter(last.text)) {
    warnings.push({ file, line: last.line, field: "body", message: "the last paragraph mentions the old footer's filing numbers but holds other text too; kept as a paragraph (a footer line holds only 主办/承办, 标识码, ICP备 and 公网安备)" });
  }
  const titleLine = paragraphs.length > 0 && isTitleLine(paragraphs[0]!.text, paragraphs.length - 1) ? paragraphs[0] : undefined;
  // The lead: the first line after the title line and any repeats of it.
  let leadIndex = titleLine ? 1 : 0;
  while (titleLine && leadIndex < paragraphs.length - 1 && visibleLine(paragraphs[leadIndex]!.text) === visibleLine(titleLine.text)) leadIndex++;
  const leadEntry = paragraphs[leadIndex];
  if (!leadEntry) {
    if (split.problems.length) return { problems, warnings }; // an unreadable front matter explains the missing body
    return { problems: [{ file, line: split.bodyLine, field: "body", message: "is empty; expected the article text, one paragraph a line" }], warnings };
  }

  const opening = readOpening(leadEntry.text);
  const lead = opening ? opening.rest : leadEntry.text;
  let published: PublishTime | undefined = fm.date ? parsePublishTime(fm.date) : undefined;
  let dateFrom: string | undefined;
  if (!published && !split.problems.some((p) => p.field === "date")) {
    const outcome = resolveDate({ fileRow, folderRow, opening, lead, file, hint: dateHint(context.relative ?? basename(file)) });
    if ("problem" in outcome) problems.push({ file, line: leadEntry.line, field: "date", message: outcome.problem });
    else {
      ({ published, from: dateFrom } = outcome);
      if (outcome.doubt) warnings.push({ file, line: leadEntry.line, field: "date", message: `${published.date}: ${outcome.doubt}` });
    }
  }

  let title = fm.title ?? fileRow?.title ?? (titleLine ? visibleLine(titleLine.text) : undefined);
  if (title === undefined) {
    const derived = titleFromLead(lead);
    if (opening && /^[—–-]/u.test(opening.text)) derived.doubts.unshift(`the line opens with "${opening.text}", as a speech's subtitle does, not a lead`);
    title = derived.title;
    if (derived.doubts.length && title) {
      const where = `set title: in a front-matter block or the title column of overrides.csv`;
      warnings.push({ file, line: leadEntry.line, field: "title", message: `"${title}" was derived from the lead and may be wrong: ${derived.doubts.join("; ")}; ${where}` });
    }
  }
  if (!title || !hasVisibleText(title)) {
    problems.push({ file, line: leadEntry.line, field: "title", message: `cannot be derived from the lead; expected a title: line in a front-matter block or the title column of overrides.csv (${frontMatterRules.title})` });
  }
  if (fm.channel) problems.push(...checkChannel(fm.channel, channels, file, split.lineOf("channel")));
  const slug = fm.slug ?? slugFromFileName(basename(file));
  if (!slug) problems.push({ file, field: "slug", message: `cannot be derived from the file name; expected ${frontMatterRules.slug}` });
  if (problems.length || !published) return { problems, warnings };

  // The title is the page's heading: a paragraph repeating it is not published twice.
  const body = paragraphs.slice(leadIndex);
  while (body.length > 1 && visibleLine(body[0]!.text) === visibleLine(title!)) body.shift();
  const restored = body.map((p) => restoreFullWidthPunctuation(p.text));
  return {
    problems,
    warnings,
    draft: {
      sourceFile: file,
      title: title!,
      channelSlug: fm.channel ?? site.legacyChannel,
      published,
      dateFrom,
      source: fm.source,
      author: fm.author,
      summary: fm.summary ?? summarise(restored[0]!),
      bodyHtml: restored.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n"),
      slug,
      lines: { title: split.lineOf("title") ?? titleLine?.line ?? leadEntry.line, channel: split.lineOf("channel"), slug: split.lineOf("slug"), date: split.lineOf("date") ?? leadEntry.line },
    },
  };
}
