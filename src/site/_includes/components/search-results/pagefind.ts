/** The part of Pagefind's browser API (the build serves it from /pagefind/) that the 搜索 page uses. */
export interface PagefindResultData {
  url: string;
  /** HTML with the matched words in <mark>. */
  excerpt: string;
  meta: { title?: string; channel?: string; date?: string; datetime?: string };
}

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Where the browser loads it from: a file of the built site, not a module of ours to bundle. */
export const pagefindUrl = "/pagefind/pagefind.js";
