import type { DocumentDraft, InterpretationDraft } from "../documents/read-document-fields.ts";
import type { ArticleImage, Attachment, PublishTime } from "../model/types.ts";

/**
 * An article as read from one file, before channels and URLs are resolved
 * across the whole site. `lines` says where each field was written.
 */
export interface ArticleDraft {
  sourceFile: string;
  title: string;
  channelSlug: string;
  published: PublishTime;
  /** Where an imported page's date came from, when it was derived (for messages about it). */
  dateFrom?: string | undefined;
  source?: string | undefined;
  author?: string | undefined;
  summary: string;
  bodyHtml: string;
  slug: string;
  lines: Partial<Record<"title" | "channel" | "slug" | "date" | "docNumber" | "indexNumber" | "replacedBy" | "interprets", number>>;
  /** A policy document's fields (documents channels). */
  document?: DocumentDraft | undefined;
  /** A 解读's fields (interpretations channels). */
  interpretation?: InterpretationDraft | undefined;
  attachments?: Attachment[] | undefined;
  images?: ArticleImage[] | undefined;
}

/** An article's URL: /<channel>/<year>/<slug>/ — from the file name or slug:, never the title. */
export function articleUrl(channelSlug: string, published: PublishTime, slug: string): string {
  return `/${channelSlug}/${published.date.slice(0, 4)}/${slug}/`;
}

/** Derives a URL slug from a file name: lowercase ASCII letters, digits and hyphens. */
export function slugFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Shortens plain text to a summary of at most `max` characters. */
export function summarise(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return [...clean].length <= max ? clean : `${[...clean].slice(0, max - 1).join("")}…`;
}
