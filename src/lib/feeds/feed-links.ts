import type { Feed, FeedSet } from "./types.ts";

/** What a page's `<link rel="alternate">` tags name of a feed: its title and where it lives. */
export type FeedLink = Pick<Feed, "key" | "title" | "paths">;

/** Every feed's link, without its items: the whole site's and each channel's by slug. */
export interface FeedLinks {
  site: FeedLink;
  byChannel: Record<string, FeedLink>;
}

const linkOf = ({ key, title, paths }: Feed): FeedLink => ({ key, title, paths });

/**
 * The feeds as every page's head names them: titles and paths only, which come from the settings
 * and channels. Pages read these rather than the feeds themselves, whose items change with every
 * article: a page then depends on site-wide data only, and an article's edit does not rebuild it.
 */
export function feedLinks(feeds: FeedSet): FeedLinks {
  return { site: linkOf(feeds.site), byChannel: Object.fromEntries(Object.entries(feeds.byChannel).map(([slug, feed]) => [slug, linkOf(feed)])) };
}
