import type { UserConfig } from "@11ty/eleventy";
import { scannedPdfWarnings } from "../../lib/attachments/pdf-text-layer.ts";
import { formatProblem } from "../../lib/model/problems.ts";
import { buildFeeds } from "../../lib/feeds/build-feeds.ts";
import { type FeedLinks, feedLinks } from "../../lib/feeds/feed-links.ts";
import type { FeedSet } from "../../lib/feeds/types.ts";
import { type ContentSource, contentFolders, loadSiteContent, projectContent, type SiteContent } from "../../lib/load-site.ts";
import { portalFiles } from "../../lib/portal/load-portal.ts";

/**
 * The site's content, for the templates: loads settings, channels and every
 * article once a build (in `eleventy.before`, so `--serve` picks up each edit)
 * and hands each part to the templates as global data:
 *
 *   site         the validated settings of site.yaml, plus the official filing links
 *   channels     the 栏目 of channels.yaml, in menu order
 *   articles     every article (Markdown and legacy text), newest first, with neighbours linked
 *   channelPages every numbered page of every channel listing
 *   channelIndex each channel with its years and listing pages, for the 网站地图
 *   feeds        the site-wide and per-channel feeds (RSS, Atom, JSON Feed)
 *   navigation   the header's menu: the sections of sections.yaml (or the channels without it)
 *   home         the home page's blocks: the latest 要闻, the big entries, each other section
 *   siteMap      the 网站地图's headings: each section with its pages and channels
 *   portalPages  the pages the portal adds: section landing pages, 信息公开 pages, 办事指南, 机构
 *   documentFilterPages  every page of a documents channel narrowed to one 主题分类, 发文机关, year or 有效性
 *   documentFacets       the values policy documents have, for the search page's filters
 *   feedLinks    each feed's title and paths, for every page's <link rel="alternate">
 *
 * For the publish pipeline (src/eleventy/plugins/publish.ts, README "Publishing at scale"): an
 * array a template paginates over is a page list (articles, channelPages, feeds.all), each element
 * one page's everything; `listingData` below is read only by pages that are not paginated;
 * everything else is site-wide, and a change to it rebuilds every page. A new datum is site-wide
 * unless listed there.
 *
 * Each article's attachments and images are published beside its page by the publish plugin
 * (src/eleventy/plugins/publish.ts, src/publish/article-files/). `options` says where the content lives (the project's
 * own by default). Invalid input throws before anything is rendered; warnings (scanned PDFs
 * among them) are printed once a build.
 */
/** Global data only non-paginated pages read (home, 网站地图, sitemap.xml, 订阅, feed preview, 搜索): it changes with the articles. */
export const listingData = ["home", "siteMap", "channelIndex", "feeds", "documentFacets"] as const;

export function contentPlugin(eleventyConfig: UserConfig, options: Partial<ContentSource> = {}): void {
  const source: ContentSource = { ...projectContent, ...options };
  let content: (SiteContent & { feeds: FeedSet; feedLinks: FeedLinks }) | undefined;
  const loaded = () => {
    if (!content) throw new Error("The content plugin's data was read before eleventy.before loaded it");
    return content;
  };

  eleventyConfig.on("eleventy.before", async () => {
    content = undefined; // a failed load must not leave the previous build's content in place
    const site = loadSiteContent(source);
    for (const warning of [...site.warnings, ...(await scannedPdfWarnings(site.articles))]) console.warn(`Warning: ${formatProblem(warning)}`);
    const feeds = await buildFeeds(site);
    content = { ...site, feeds, feedLinks: feedLinks(feeds) };
  });
  eleventyConfig.addGlobalData("site", () => loaded().site);
  eleventyConfig.addGlobalData("channels", () => loaded().channels);
  eleventyConfig.addGlobalData("articles", () => loaded().articles);
  eleventyConfig.addGlobalData("channelPages", () => loaded().channelPages);
  eleventyConfig.addGlobalData("channelIndex", () => loaded().channelIndex);
  eleventyConfig.addGlobalData("feeds", () => loaded().feeds);
  eleventyConfig.addGlobalData("feedLinks", () => loaded().feedLinks);
  eleventyConfig.addGlobalData("navigation", () => loaded().navigation);
  eleventyConfig.addGlobalData("home", () => loaded().home);
  eleventyConfig.addGlobalData("siteMap", () => loaded().siteMap);
  eleventyConfig.addGlobalData("portalPages", () => loaded().portalPages);
  eleventyConfig.addGlobalData("documentFilterPages", () => loaded().documentFilterPages);
  eleventyConfig.addGlobalData("documentFacets", () => loaded().documentFacets);

  // The content lives outside the template folder: watch it for `eleventy --serve`.
  const folders = contentFolders(source.contentDir);
  const portal = portalFiles(source.settingsDir, source.contentDir);
  for (const path of [source.settingsDir, folders.articles, folders.legacy, portal.guides, portal.organization]) eleventyConfig.addWatchTarget(path);
}
