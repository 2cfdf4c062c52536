import { basename } from "node:path";
import { readAttachments } from "../attachments/read-attachments.ts";
import { checkInterpretationBody } from "../documents/check-interpretation-body.ts";
import { readDocumentFields } from "../documents/read-document-fields.ts";
import { checkImageText } from "../images/check-image-text.ts";
import { planBodyImages } from "../images/plan-body-images.ts";
import type { BuildProblem, Channel, Topic } from "../model/types.ts";
import { checkTables } from "../tables/check-tables.ts";
import { parsePublishTime } from "../text/shanghai-time.ts";
import { checkChannel } from "./check-channel.ts";
import { type ArticleDraft, articleUrl, slugFromFileName, summarise } from "./article-draft.ts";
import { frontMatterRules, splitFrontMatter } from "./front-matter.ts";
import { checkHeadings } from "./check-headings.ts";
import { checkImages } from "./check-images.ts";
import { parseMarkdown, renderParsed } from "./markdown.ts";

export interface ReadResult {
  draft?: ArticleDraft | undefined;
  problems: BuildProblem[];
  warnings: BuildProblem[];
}

/** What reading a Markdown article needs besides the file: the channels, the 主题分类 and the content folder. */
export interface MarkdownContext {
  channels: readonly Channel[];
  topics: readonly Topic[];
  /** The content folder: attachments and images beside an article must stay inside it. */
  root: string;
}

/**
 * Reads one Markdown article: front matter (title, channel, date required; a policy document's
 * or 解读's fields by its channel's kind; attachments), and body (headings, images, tables, a
 * 解读's form), with every problem at once.
 */
export function readMarkdownArticle(raw: string, file: string, context: MarkdownContext): ReadResult {
  const split = splitFrontMatter(raw, file);
  const fm = split.frontMatter;
  const problems: BuildProblem[] = [...split.problems];
  const warnings: BuildProblem[] = [...split.warnings];
  const invalid = new Set(split.problems.map((p) => String(p.field).split(".")[0]!));
  const missingLine = split.bodyLine > 1 ? 2 : undefined;
  const missing = (field: "title" | "channel" | "date") =>
    invalid.has(field) || invalid.has("front matter") ||
    problems.push({ file, line: missingLine, field, message: `is missing; expected ${frontMatterRules[field]}` });
  if (!fm.title) missing("title");
  if (!fm.channel) missing("channel");
  else problems.push(...checkChannel(fm.channel, context.channels.map((c) => c.slug), file, split.lineOf("channel")));
  if (!fm.date) missing("date");
  const body = split.body.trim();
  if (!body) problems.push({ file, line: split.bodyLine, field: "body", message: "is empty; expected the article text in Markdown after the front matter" });
  const slug = fm.slug ?? slugFromFileName(basename(file));
  if (!slug) {
    problems.push({ file, field: "slug", message: `cannot be derived from the file name; expected ${frontMatterRules.slug}` });
  }
  const channel = context.channels.find((c) => c.slug === fm.channel);
  const published = fm.date ? parsePublishTime(fm.date) : undefined;
  const fields = channel && published && !invalid.has("front matter")
    ? readDocumentFields(fm, { file, channel: channel.slug, kind: channel.kind, topics: context.topics, published, lineOf: split.lineOf, missingLine, invalid })
    : { problems: [] };
  problems.push(...fields.problems);
  if (problems.length || !channel || !published) return { problems, warnings };

  const pageUrl = articleUrl(channel.slug, published, slug);
  const attached = readAttachments(fm.attachments ?? [], { articleFile: file, pageUrl, root: context.root, lineOf: (index) => split.lineAt?.(["attachments", index, "file"]) });
  const parsed = parseMarkdown(body);
  // Lines of the trimmed body are counted from the first non-blank line of the file's body.
  const firstLine = split.bodyLine + (split.body.slice(0, split.body.length - split.body.trimStart().length).match(/\n/g)?.length ?? 0);
  const at = <T extends { line: number }>(items: readonly T[]) => items.map((item) => ({ ...item, line: firstLine + item.line }));
  const images = planBodyImages(at(parsed.images), { articleFile: file, pageUrl, root: context.root });
  problems.push(
    ...attached.problems,
    ...checkHeadings(at(parsed.headings), file),
    ...checkImages(at(parsed.images), file),
    ...checkImageText(at(parsed.images), file),
    ...images.problems,
    ...checkTables(at(parsed.tables), file),
    ...(fields.interpretation ? checkInterpretationBody(fields.interpretation.kind, { ...parsed, headings: at(parsed.headings), questions: at(parsed.questions) }, file, firstLine) : []),
  );
  warnings.push(...images.warnings);
  if (problems.length) return { problems, warnings };
  return {
    problems,
    warnings,
    draft: {
      sourceFile: file,
      title: fm.title!,
      channelSlug: channel.slug,
      published,
      source: fm.source,
      author: fm.author,
      summary: fm.summary ?? summarise(parsed.firstParagraph),
      // The first image may be on screen at once, unless a document's information block stands above the body.
      bodyHtml: renderParsed(parsed, { xcImages: images.plans, xcFirstImageEager: !fields.document }),
      slug,
      lines: {
        title: split.lineOf("title"),
        channel: split.lineOf("channel"),
        slug: split.lineOf("slug"),
        date: split.lineOf("date"),
        docNumber: split.lineOf("docNumber"),
        indexNumber: split.lineOf("indexNumber"),
        replacedBy: split.lineOf("replacedBy"),
        interprets: split.lineOf("interprets"),
      },
      document: fields.document,
      interpretation: fields.interpretation,
      attachments: attached.attachments.length ? attached.attachments : undefined,
      images: images.plans.size ? [...images.plans.values()].map((plan) => plan.job) : undefined,
    },
  };
}
