/** The part of Pagefind's browser API (the build serves it from each part of /pagefind/) that the 搜索 page uses. */
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

export interface PagefindOptions {
  excerptLength?: number;
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another part of the index (a Pagefind bundle folder) to every later search. */
  mergeIndex(path: string, options?: PagefindOptions): Promise<void>;
  /** A null query with filters lists every page the filters keep. */
  search(query: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Where the browser finds the index: a list of its parts (src/publish/search/), each a complete
 * Pagefind bundle folder. Pagefind's script is loaded from the first, which the others are merged
 * into. A file of the built site, not a module of ours to bundle.
 */
export const partsUrl = "/pagefind/parts.json";

/** The search options every part is searched with. */
export const searchOptions: PagefindOptions = { excerptLength: 40 };
