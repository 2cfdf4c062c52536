import type { ChannelIndexEntry } from "../content/listings.ts";
import type { PageLink, Section } from "../model/types.ts";

/** One heading of the 网站地图: a section with its pages and channels (or, without sections, all channels under 栏目). */
export interface SiteMapGroup {
  key: string;
  name: string;
  url?: string | undefined;
  description?: string | undefined;
  pages: PageLink[];
  channels: ChannelIndexEntry[];
}

/** The 网站地图 follows the site's hierarchy: each section, its pages, then its channels with their years. */
export function siteMapGroups(sections: readonly Section[], index: readonly ChannelIndexEntry[]): SiteMapGroup[] {
  if (!sections.length) return [{ key: "channels", name: "栏目", pages: [], channels: [...index] }];
  return sections.map((section) => ({
    key: section.slug,
    name: section.name,
    url: section.url,
    description: section.description,
    pages: section.pages,
    channels: section.channels.map((c) => index.find((entry) => entry.channel.slug === c.slug)!),
  }));
}
