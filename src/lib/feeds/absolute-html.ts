import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";

/**
 * Article HTML with every URL in it (links, images, srcset…) made absolute
 * against the article's own address, so it works inside a feed reader.
 * The RSS plugin's converter does the parsing.
 */
export async function absoluteHtml(html: string, pageUrl: string): Promise<string> {
  if (!html) return "";
  return convertHtmlToAbsoluteUrls(html, pageUrl, {});
}
