import * as cheerio from "cheerio";

/**
 * Where the content (what the page is for, not what every page carries) sits
 * in a page's HTML: the article body on an article page, the article lists
 * on listing pages. Returns the inner source ranges of every match, as
 * string offsets, without overlaps.
 */
export function contentRanges(html: string, selector = ".xc-article__body, .xc-article-list"): [number, number][] {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const ranges: [number, number][] = [];
  $(selector).each((_, element) => {
    const location = (element as { sourceCodeLocation?: { startTag?: { endOffset: number }; endTag?: { startOffset: number } } }).sourceCodeLocation;
    if (location?.startTag && location.endTag) ranges.push([location.startTag.endOffset, location.endTag.startOffset]);
  });
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.filter((range, index) => index === 0 || range[0] >= ranges[index - 1]![1]);
}

/** Splits a page's HTML into the page's own markup and its content. */
export function splitContent(html: string, selector?: string): { own: string; content: string } {
  let own = "";
  let content = "";
  let last = 0;
  for (const [start, end] of contentRanges(html, selector)) {
    own += html.slice(last, start);
    content += html.slice(start, end);
    last = end;
  }
  return { own: own + html.slice(last), content };
}
