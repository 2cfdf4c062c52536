/** The part of Pagefind's browser API (the build serves it from /pagefind/) that the 搜索 page uses. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text as plain text: its title, ". ", its body. */
  content: string;
  /** HTML with the matched words in <mark>. */
  excerpt: string;
  meta: { title?: string; channel?: string; date?: string; datetime?: string; docNumber?: string; validity?: string };
}

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** A null query with filters lists every page the filters keep. */
  search(query: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Where the browser loads it from: a file of the built site, not a module of ours to bundle. */
export const pagefindUrl = "/pagefind/pagefind.js";
