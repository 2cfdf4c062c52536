import { buildFeeds } from "../src/lib/feeds/build-feeds.ts";
import { siteContent } from "../src/lib/load-site.ts";

/** `feeds`: the site-wide and per-channel feeds (RSS, Atom, JSON Feed), prepared for src/site/feeds/*.njk. */
export default () => buildFeeds(siteContent());
