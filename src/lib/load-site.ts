import { join } from "node:path";
import { buildChannelPages, channelIndex, latestByChannel } from "./content/listings.ts";
import { type ContentFolders, loadArticles } from "./content/load-articles.ts";
import { checkAnnualReports } from "./disclosure/annual-reports.ts";
import { referenceTime } from "./content/reference-time.ts";
import { loadChannels } from "./content/load-channels.ts";
import { InvalidInputError, throwIfProblems } from "./model/problems.ts";
import type { Article, BuildProblem, Channel, ChannelPage, DocumentFacet, DocumentFilterPage, HomeView, Navigation, PortalPage, SiteConfig, Topic } from "./model/types.ts";
import { homeView } from "./portal/home-view.ts";
import { loadPortal, type Portal } from "./portal/load-portal.ts";
import { navigation } from "./portal/navigation.ts";
import { portalPages } from "./portal/portal-pages.ts";
import { type SiteMapGroup, siteMapGroups } from "./portal/site-map.ts";
import { buildDocumentListings } from "./documents/document-listings.ts";
import { searchFacets } from "./documents/search-facets.ts";
import { loadSettings } from "./settings/load-settings.ts";
import { loadTopics } from "./settings/load-topics.ts";
import { conacUrl, icpLookupUrl, publicSecurityUrl } from "./site/official-links.ts";

/** Everything the templates render, loaded and validated together. */
export interface SiteContent {
  site: SiteConfig & { links: { icp: string; publicSecurity: string; conac?: string | undefined } };
  channels: Channel[];
  articles: Article[];
  channelPages: ChannelPage[];
  /** The newest articles of each channel: the home page of a site without sections, and the sections' landing pages. */
  latest: { channel: Channel; articles: Article[] }[];
  channelIndex: ReturnType<typeof channelIndex>;
  /** Sections, platforms, 政府信息公开, 办事指南, 机构 and the inspection's settings (load-portal.ts). */
  portal: Portal;
  /** The pages the portal adds (section landing pages, their pages, 办事指南 and departments). */
  portalPages: PortalPage[];
  navigation: Navigation;
  home: HomeView;
  siteMap: SiteMapGroup[];
  /** The 主题分类 policy documents may name (topics.yaml). */
  topics: Topic[];
  /** Every page of every documents channel narrowed to one 主题分类, 发文机关, year or 有效性. */
  documentFilterPages: DocumentFilterPage[];
  /** The values policy documents have, for the search page's filters. */
  documentFacets: DocumentFacet[];
  warnings: BuildProblem[];
}

/** Where a site's content lives: the operator's settings folder and the content folder. */
export interface ContentSource {
  /** The settings an operator edits: site.yaml, channels.yaml, and topics.yaml, sections.yaml, platforms.yaml, xxgk.yaml, inspect.yaml where the site has them (src/settings). */
  settingsDir: string;
  /** The folder holding articles/ (Markdown), legacy/ (old-site text exports), guides/ (办事指南) and organization/ (机构) (src/content). */
  contentDir: string;
}

/** The project's own content; tests and benchmarks pass other sources. */
export const projectContent: ContentSource = { settingsDir: "src/settings", contentDir: "src/content" };

/** The files of a settings folder. */
export function settingsFiles(settingsDir: string): { site: string; channels: string; topics: string } {
  return { site: join(settingsDir, "site.yaml"), channels: join(settingsDir, "channels.yaml"), topics: join(settingsDir, "topics.yaml") };
}

/** The two article folders of a content directory, and the directory itself (links must not leave it). */
export function contentFolders(contentDir: string): ContentFolders {
  return { root: contentDir, articles: join(contentDir, "articles"), legacy: join(contentDir, "legacy") };
}

/** How many articles of each channel the home page lists. */
const homeItems = 5;

/** Runs a loader, turning its InvalidInputError into problems so that all files get checked. */
function collect<T>(problems: BuildProblem[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      problems.push(...error.problems);
      return undefined;
    }
    throw error;
  }
}

/**
 * Loads settings, channels and every article of `source` (the project's own
 * content for any field left out). Any invalid input throws one
 * InvalidInputError listing every problem, before anything is written.
 * `asOf` is the moment article dates may not lie far beyond (reference-time.ts).
 */
export function loadSiteContent(source: Partial<ContentSource> = {}, asOf?: number): SiteContent {
  const { settingsDir, contentDir } = { ...projectContent, ...source };
  const { site: settingsFile, channels: channelsFile, topics: topicsFile } = settingsFiles(settingsDir);
  const problems: BuildProblem[] = [];
  const reference = asOf === undefined ? referenceTime() : { epochMs: asOf };
  if (reference.problem) problems.push(reference.problem);
  const site = collect(problems, () => loadSettings(settingsFile));
  const channels = collect(problems, () => loadChannels(channelsFile));
  const topics = collect(problems, () => loadTopics(topicsFile));
  if (site && channels && !channels.some((c) => c.slug === site.legacyChannel)) {
    problems.push({ file: settingsFile, field: "legacyChannel", message: `is "${site.legacyChannel}", which is not a channel; expected one of ${channels.map((c) => c.slug).join(", ")}` });
  }
  const portal = loadPortal(settingsDir, contentDir, channels);
  problems.push(...portal.problems);
  throwIfProblems(problems);
  const sectioned = portal.channels; // the channels, each knowing its section
  const { articles, problems: contentProblems, warnings } = loadArticles(site!, sectioned, contentFolders(contentDir), reference.epochMs, topics);
  contentProblems.push(...checkAnnualReports(articles));
  throwIfProblems(contentProblems);
  const documents = buildDocumentListings(sectioned, articles, site!.pageSize, topics!);
  // A documents channel's first page lists the ways to narrow it.
  const channelPages = buildChannelPages(sectioned, articles, site!.pageSize).map((page) => (page.pageNumber === 1 && documents.facets.has(page.channel.slug) ? { ...page, facets: documents.facets.get(page.channel.slug) } : page));
  const index = channelIndex(sectioned, channelPages);
  const latest = latestByChannel(sectioned, articles, homeItems);
  return {
    site: { ...site!, links: { icp: icpLookupUrl, publicSecurity: publicSecurityUrl(site!), conac: conacUrl(site!) } },
    channels: sectioned,
    articles,
    channelPages,
    channelIndex: index,
    latest,
    portal: portal.portal,
    portalPages: portalPages(portal.portal, site!, latest),
    navigation: navigation(portal.portal.sections, sectioned),
    home: homeView(portal.portal.sections, latest, articles),
    siteMap: siteMapGroups(portal.portal.sections, index),
    topics: topics!,
    documentFilterPages: documents.filterPages,
    documentFacets: searchFacets(documents.facets),
    warnings: [...portal.warnings, ...warnings],
  };
}
