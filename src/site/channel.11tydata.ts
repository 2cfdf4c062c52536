import { pageWindow } from "../lib/content/page-window.ts";
import type { ChannelPage } from "../lib/model/types.ts";

/**
 * The per-page values of channel.njk, computed in TypeScript rather than as
 * Nunjucks strings in front matter, which Eleventy 3.1 compiles anew for
 * every listing page (see article.11tydata.ts).
 */
interface Data {
  listing: ChannelPage;
}

export default {
  permalink: (data: Data) => data.listing.url,
  eleventyComputed: {
    title: ({ listing }: Data) => (listing.pageNumber > 1 ? `${listing.channel.name} 第${listing.pageNumber}页，共${listing.pageCount}页` : listing.channel.name),
    description: (data: Data) => data.listing.channel.description,
    currentChannel: (data: Data) => data.listing.channel.slug,
    column: ({ listing }: Data) => ({ name: listing.channel.name, description: listing.channel.description, type: listing.channel.columnType }),
    /** The numbered links of the pagination nav: a window around this page (see page-window.ts). */
    pageLinks: ({ listing }: Data) =>
      pageWindow(listing.pageNumber, listing.pageCount).map((item) => ("gap" in item ? item : listing.pages[item.number - 1]!)),
  },
};
