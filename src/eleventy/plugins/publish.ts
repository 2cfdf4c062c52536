import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { Article } from "../../lib/model/types.ts";
import { writeArticleFiles } from "../../publish/article-files/write-article-files.ts";
import { hashValue } from "../../publish/manifest/hash-value.ts";
import { mark } from "../../publish/measure/step-timings.ts";
import { type PublishSession, publishSession } from "../../publish/publish-session.ts";
import { notForThisPage } from "../publish/not-for-this-page.ts";

export interface PublishPluginOptions {
  /** This build's session (src/publish/build-site.ts); without one (eleventy --serve) every page is rendered. */
  session?: PublishSession | undefined;
  /** Global data only non-paginated pages read (the home page's latest articles…): paginated pages may not. */
  listingData: readonly string[];
}

/** Eleventy's data of one page, as far as this plugin reads it. */
interface PageData {
  page: { url: string | false; inputPath: string; outputPath: string | false };
  pagination?: { data?: string; size?: number; items?: unknown[]; before?: (items: unknown[], data: unknown) => unknown[] };
  eleventyExcludeFromCollections?: unknown;
  excludeFromSitemap?: unknown;
  lastmod?: unknown;
  [key: string]: unknown;
}

const isPageObject = (item: unknown): item is { url: string } => typeof item === "object" && item !== null && typeof (item as { url?: unknown }).url === "string";
const rootOf = (path: string) => path.split(".")[0]!;
/** Eleventy's own data and this plugin's, never part of the site-wide data hash. */
const eleventyData = new Set(["eleventy", "pkg", "page", "collections", "eleventyDataSchema", "sitemapEntries"]);

/**
 * The publish pipeline's part inside Eleventy: renders only the pages whose inputs changed,
 * and records every page for the manifest and the site map.
 *
 * A page of a paginated template whose page object carries its `url` (house convention: the
 * object holds everything the page shows) depends on that object, the site-wide data and the
 * code; it is rendered again only when its object's hash changes (a `pagination.before` filter
 * the preprocessor below installs, size 1 only), or when anything site-wide changed (then every
 * page is). Every other page (the home page, the 网站地图, feeds, assets) is rendered in every build.
 * An article's attachments and images are written with its page, and kept with it.
 * Site-wide data is every global datum but the page lists and `listingData`; to keep that true,
 * a paginated template reading listing data fails with a message naming it, as does any template
 * reading `collections` (which holds only the pages rendered in this build).
 */
export function publishPlugin(eleventyConfig: UserConfig, options: PublishPluginOptions): void {
  const listing = new Set(options.listingData);
  let session: PublishSession = options.session ?? publishSession("", { code: "", settings: "", content: "" }, undefined, "no publish session");
  let frameChecked: Promise<void> | undefined;
  const memo = new WeakMap<object, string>();

  eleventyConfig.on("eleventy.before", () => {
    frameChecked = undefined;
    if (!options.session) session = publishSession("", { code: "", settings: "", content: "" }, undefined, "no publish session"); // eleventy --serve: a fresh state each rebuild
  });

  /** A hash of the site-wide data: every global datum but the page lists (`lists`, by path), listing data and Eleventy's own. */
  const frameHash = async (lists: Iterable<string>): Promise<string> => {
    const pageListRoots = new Set([...lists].map(rootOf));
    const globals = (eleventyConfig as unknown as { globalData: Record<string, unknown> }).globalData;
    const frame: [string, unknown][] = [];
    for (const name of Object.keys(globals).sort()) {
      if (listing.has(name) || pageListRoots.has(name) || eleventyData.has(name)) continue;
      const value = globals[name];
      frame.push([name, typeof value === "function" ? await (value as () => unknown)() : value]);
    }
    return hashValue(frame, memo);
  };

  /** Compares the site-wide data with the previous build's, once a build, before any page is paginated: a change means every page is rendered. */
  const checkFrame = async () => {
    const previous = session.previous?.manifest;
    if (previous && previous.inputs.frame !== (await frameHash(previous.pageLists))) session.fullReason ??= "site-wide data changed (settings, channels or other data every page may read)";
  };
  // The manifest records the hash with this build's page lists, known once every template was read.
  // Then each article's attachments and images are published beside its page (src/publish/article-files/):
  // those of the articles whose page was rendered in this build; a kept page keeps its files too.
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }) => {
    session.inputs.frame = await frameHash(session.pageLists);
    if (outputMode !== undefined && outputMode !== "fs") return;
    const articles = (await (eleventyConfig as unknown as { globalData: { articles: () => Promise<Article[]> | Article[] } }).globalData.articles()).filter((article) => !session.kept.has(article.url));
    const { byArticle } = await writeArticleFiles(articles, directories.output);
    for (const [url, files] of byArticle) session.companions.set(url, files);
  });

  const mayKeep = (url: string, template: string, key: string): boolean => {
    const previous = session.previous;
    if (!previous || session.fullReason) return false;
    const record = previous.manifest.pages[url];
    return record !== undefined && record.template === template && record.key === key && existsSync(join(previous.site, record.file));
  };

  eleventyConfig.addPreprocessor("publish", "*", async (data: PageData) => {
    session.loaded ??= mark(); // the content and assets are loaded before the first template is read
    frameChecked ??= checkFrame();
    await frameChecked;
    const template = data.page.inputPath;
    const listData = data.pagination?.data;
    const guarded = new Set(["collections", ...(listData ? listing : [])]);
    if (listData) guarded.delete(rootOf(listData)); // the feeds paginate over feeds.all, which the 订阅 page lists
    for (const name of guarded) if (name in data) data[name] = notForThisPage(name, template);
    if (!listData) return;
    if (!session.pageLists.has(listData) && session.previous && !session.previous.manifest.pageLists.includes(listData)) session.fullReason ??= `${template} paginates over new data (${listData})`;
    session.pageLists.add(listData);
    if (data.pagination!.size !== 1) return; // pages of several objects: rendered every build
    const own = data.pagination!.before;
    data.pagination!.before = function (this: unknown, items: unknown[], pageData: unknown) {
      const all = own ? own.call(this, items, pageData) : items;
      return all.filter((item) => {
        if (!isPageObject(item)) return true;
        const key = hashValue(item, memo, `${template}: ${listData}[${item.url}]`);
        session.alive.set(item.url, { template, key });
        if (!mayKeep(item.url, template, key)) return true;
        session.kept.set(item.url, session.previous!.manifest.pages[item.url]!);
        return false;
      });
    };
  });

  // Called by Eleventy for every page it is about to render, with the page's full data (eleventyDataSchema).
  eleventyConfig.addGlobalData("eleventyDataSchema", () => (data: PageData) => {
    const { url, inputPath, outputPath } = data.page;
    if (url === false || outputPath === false) return;
    const item = data.pagination?.size === 1 ? data.pagination.items?.[0] : undefined;
    if (isPageObject(item) && item.url !== url) {
      throw new Error(`${inputPath}: the page of ${item.url} is written at ${url}; a paginated page's URL must be its page object's url (README: publishing at scale)`);
    }
    const alive = session.alive.get(url);
    const inSitemap = url.endsWith("/") && data.excludeFromSitemap !== true && data.eleventyExcludeFromCollections !== true;
    session.rendered.set(url, {
      template: inputPath,
      file: session.output ? relative(resolve(session.output), resolve(outputPath)).split(sep).join("/") : outputPath,
      ...(alive && alive.template === inputPath && isPageObject(item) ? { key: alive.key } : {}),
      ...(inSitemap ? { sitemap: typeof data.lastmod === "string" ? { lastmod: data.lastmod } : {} } : {}),
    });
  });

  // Every page of the site map, rendered in this build or kept from the last: for sitemap-xml.njk,
  // which Eleventy renders after it has seen every page's data.
  eleventyConfig.addGlobalData("sitemapEntries", () => () => {
    const entries = [...session.rendered, ...session.kept].flatMap(([url, page]) => (page.sitemap ? [{ url, lastmod: page.sitemap.lastmod }] : []));
    return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  });
}
