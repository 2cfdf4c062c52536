import { absoluteUrl } from "../site/absolute-url.ts";
import type { FeedAddresses } from "./types.ts";

/**
 * Where a feed lives: /feeds/rss.xml (atom.xml, feed.json) for the whole
 * site, /feeds/<channel>/rss.xml … for a channel. Channel slugs never contain
 * a dot, so they cannot collide with the site feed's file names.
 */
export function feedPaths(channelSlug?: string): FeedAddresses {
  const folder = channelSlug ? `/feeds/${channelSlug}/` : "/feeds/";
  return { rss: `${folder}rss.xml`, atom: `${folder}atom.xml`, json: `${folder}feed.json` };
}

/** The same paths as absolute URLs on the site's address. */
export function feedUrls(paths: FeedAddresses, baseUrl: string): FeedAddresses {
  return { rss: absoluteUrl(paths.rss, baseUrl), atom: absoluteUrl(paths.atom, baseUrl), json: absoluteUrl(paths.json, baseUrl) };
}
