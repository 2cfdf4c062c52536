import { buildChannelPages, channelIndex, latestByChannel } from "./content/listings.ts";
import { contentFolders, loadArticles } from "./content/load-articles.ts";
import { defaultChannelsFile, loadChannels } from "./content/load-channels.ts";
import { formatProblem, InvalidInputError, throwIfProblems } from "./model/problems.ts";
import type { Article, BuildProblem, Channel, ChannelPage, SiteConfig } from "./model/types.ts";
import { defaultSettingsFile, loadSettings } from "./settings/load-settings.ts";
import { conacUrl, icpLookupUrl, publicSecurityUrl } from "./site/official-links.ts";

/** Everything the templates render, loaded and validated together. */
export interface SiteContent {
  site: SiteConfig & { links: { icp: string; publicSecurity: string; conac?: string | undefined } };
  channels: Channel[];
  articles: Article[];
  channelPages: ChannelPage[];
  latest: { channel: Channel; articles: Article[] }[];
  channelIndex: ReturnType<typeof channelIndex>;
  warnings: BuildProblem[];
}

export interface LoadOptions {
  settingsFile?: string;
  channelsFile?: string;
  folders?: { articles: string; legacy: string };
  /** How many articles of each channel the home page lists. */
  homeItems?: number;
}

/**
 * Defaults, which environment variables can point elsewhere (tests and
 * benchmarks build fixture sites this way): XC_SETTINGS_FILE,
 * XC_CHANNELS_FILE, XC_CONTENT_DIR (holding articles/ and legacy/).
 */
function defaults(): Required<LoadOptions> {
  const contentDir = process.env.XC_CONTENT_DIR;
  return {
    settingsFile: process.env.XC_SETTINGS_FILE || defaultSettingsFile,
    channelsFile: process.env.XC_CHANNELS_FILE || defaultChannelsFile,
    folders: contentDir ? { articles: `${contentDir}/articles`, legacy: `${contentDir}/legacy` } : contentFolders,
    homeItems: 5,
  };
}

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
 * Loads settings, channels and every article. Any invalid input throws one
 * InvalidInputError listing every problem, before anything is written.
 */
export function loadSiteContent(options: LoadOptions = {}): SiteContent {
  const { settingsFile, channelsFile, folders, homeItems } = { ...defaults(), ...options };
  const problems: BuildProblem[] = [];
  const site = collect(problems, () => loadSettings(settingsFile));
  const channels = collect(problems, () => loadChannels(channelsFile));
  if (site && channels && !channels.some((c) => c.slug === site.legacyChannel)) {
    problems.push({ file: settingsFile, field: "legacyChannel", message: `is "${site.legacyChannel}", which is not a channel; expected one of ${channels.map((c) => c.slug).join(", ")}` });
  }
  throwIfProblems(problems);
  const { articles, problems: contentProblems, warnings } = loadArticles(site!, channels!, folders);
  throwIfProblems(contentProblems);
  const channelPages = buildChannelPages(channels!, articles, site!.pageSize);
  return {
    site: { ...site!, links: { icp: icpLookupUrl, publicSecurity: publicSecurityUrl(site!), conac: conacUrl(site!) } },
    channels: channels!,
    articles,
    channelPages,
    channelIndex: channelIndex(channels!, channelPages),
    latest: latestByChannel(channels!, articles, homeItems),
    warnings,
  };
}

let loaded: SiteContent | undefined;

/**
 * The site's content for the current build. Each `_data` file asks for its
 * part; the content is read once a build (the TypeScript data plugin gives
 * each build fresh modules, so edits show up under `--serve`).
 */
export function siteContent(): SiteContent {
  if (!loaded) {
    loaded = loadSiteContent();
    for (const warning of loaded.warnings) console.warn(`Warning: ${formatProblem(warning)}`);
  }
  return loaded;
}
