import { htmlTags } from "../../lib/text/html-tags.ts";

/** Where to cut `text` to keep about `keep` characters: never inside an entity (&amp;) or a surrogate pair. */
function cutPoint(text: string, keep: number): number {
  let cut = keep;
  const ampersand = text.lastIndexOf("&", cut - 1);
  if (ampersand >= 0 && ampersand > cut - 12 && !text.slice(ampersand, cut).includes(";")) cut = ampersand;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut -= 1;
  return cut;
}

/**
 * The page as Pagefind should index it: the text inside the `data-pagefind-body` element
 * cut after about `max` characters (in document order: the title and the start of the
 * article stay), the elements left open closed, everything after the cut in that element
 * dropped; the rest of the page as it is. Pagefind's Chinese word segmentation costs about
 * 50 µs a character on unpunctuated text, so a 1.9 MB article once took minutes to index;
 * the page itself is published whole. A page with less text than `max` is returned as it is.
 * A linear scan of the tags (the site's own HTML), not a parse: a page can hold a megabyte table.
 */
export function boundIndexedText(html: string, max: number): string {
  if (html.length <= max) return html;
  const start = html.search(/<[a-zA-Z][^>]*\sdata-pagefind-body[\s=>]/);
  if (start < 0) return html;
  let budget = max;
  let cut: number | undefined;
  let closeAtCut = "";
  const open: string[] = [];
  let textStart = start;
  for (const tag of htmlTags(html, start)) {
    if (cut === undefined && open.length > 0) {
      const text = html.slice(textStart, tag.start);
      if (text.length > budget) {
        cut = textStart + cutPoint(text, budget);
        closeAtCut = open.map((name) => `</${name}>`).reverse().join("");
      } else budget -= text.length;
    }
    if (tag.kind === "open") open.push(tag.name);
    else if (tag.kind === "close") open.pop();
    textStart = tag.end;
    if (open.length === 0) return cut === undefined ? html : html.slice(0, cut) + closeAtCut + html.slice(tag.end);
  }
  return html;
}
