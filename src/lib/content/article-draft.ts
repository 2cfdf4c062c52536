import type { PublishTime } from "../model/types.ts";

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
  lines: Partial<Record<"title" | "channel" | "slug" | "date", number>>;
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
