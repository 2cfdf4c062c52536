import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { publishStateFolder } from "../../lib/site/reserved-names.ts";

/** Raised when the manifest format changes: an older manifest then means a full build. */
export const manifestVersion = 2;

/** One file the build wrote for a page (or any other template output: a feed, an asset), by URL. */
export interface PageRecord {
  /** The template that wrote it (Eleventy's inputPath). */
  template: string;
  /** The file, relative to the site folder, with / separators. */
  file: string;
  /**
   * Hash of the page object it was rendered from (hash-value.ts): set for a page of a paginated
   * template whose page object has a `url`; such a page is rendered again only when this changes.
   * Pages without it (every other template) are rendered in every build.
   */
  key?: string;
  /** Files published beside the page (an article's attachments and images), kept with it. */
  files?: string[];
  /** Hash of what search indexes of it (search-record.ts), when it marks something to index. */
  search?: string;
  /** Listed in sitemap.xml, with its last-modified date when its data gives one (`lastmod`). */
  sitemap?: { lastmod?: string };
}

/** One part of the search index: a hash of its pages' records and the files it wrote. */
export interface SearchPartRecord {
  key: string;
  files: string[];
}

/**
 * What a published build was made from and what it wrote, kept inside the site at
 * `.publish/manifest.json` (hidden: deploy/nginx.conf never serves it; swapped in with the site,
 * so it always describes the files beside it). The next build compares itself with it to render
 * only the pages whose inputs changed. Deterministic: a full and an incremental build of the same
 * content write the same manifest.
 */
export interface Manifest {
  version: typeof manifestVersion;
  /** Hashes of what every page may depend on; any change means a full build (input-keys.ts, publish plugin). */
  inputs: { code: string; settings: string; content: string; frame: string };
  /** The global data (paths) that paginated templates paginate over. */
  pageLists: string[];
  /** Every template output, by URL. */
  pages: Record<string, PageRecord>;
  /** The search index's parts by id; absent when the build wrote no search index. */
  search?: { parts: Record<string, SearchPartRecord> };
}

/** Where a built site keeps its manifest. */
export const manifestFile = (site: string) => join(site, publishStateFolder, "manifest.json");

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The manifest of the site published at `site`, or why there is none to use: missing, unreadable,
 * damaged (not the shape written) or of another format version. Any of these means a full build.
 */
export function readManifest(site: string): { manifest?: Manifest; problem?: string } {
  const file = manifestFile(site);
  if (!existsSync(file)) return { problem: existsSync(site) ? `${file} is missing` : `${site} does not exist yet` };
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!isRecord(value) || value.version !== manifestVersion) return { problem: `${file} is of another format` };
    const pagesOk = isRecord(value.pages) && Object.values(value.pages).every((page) => isRecord(page) && typeof page.file === "string" && typeof page.template === "string");
    const inputsOk = isRecord(value.inputs) && ["code", "settings", "content", "frame"].every((key) => typeof (value.inputs as Record<string, unknown>)[key] === "string");
    const searchOk = value.search === undefined || (isRecord(value.search) && isRecord(value.search.parts));
    if (!pagesOk || !inputsOk || !Array.isArray(value.pageLists) || !searchOk) return { problem: `${file} is damaged` };
    return { manifest: value as unknown as Manifest };
  } catch (error) {
    return { problem: `${file} is damaged (${(error as Error).message})` };
  }
}

/** An object with its keys sorted, so the manifest's bytes do not depend on the order pages were rendered in. */
const sorted = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Writes the manifest into a site folder (a new file: never into one a published site shares). */
export async function writeManifest(site: string, manifest: Manifest): Promise<void> {
  const file = manifestFile(site);
  await mkdir(dirname(file), { recursive: true });
  const stable: Manifest = { ...manifest, pageLists: [...manifest.pageLists].sort(), pages: sorted(manifest.pages), ...(manifest.search ? { search: { parts: sorted(manifest.search.parts) } } : {}) };
  await writeFile(file, `${JSON.stringify(stable)}\n`);
}
