import { htmlTags } from "../../lib/text/html-tags.ts";
import { boundIndexedText } from "./bound-indexed-text.ts";

/** The opening tag of an element that marks the indexed part of a page (Pagefind's own attribute). */
const bodyMarker = /<[a-zA-Z][^>]*\sdata-pagefind-body[\s=>]/g;

/** The end of the element that opens at `start` (after its closing tag). */
function elementEnd(html: string, start: number): number {
  let depth = 0;
  for (const tag of htmlTags(html, start)) {
    if (tag.kind === "open") depth += 1;
    else if (tag.kind === "close") depth -= 1;
    if (depth === 0) return tag.end;
  }
  return html.length;
}

/**
 * What Pagefind indexes of a built page, or undefined when the page marks nothing to index: every
 * element marked `data-pagefind-body` (with the filters, metadata and ignored parts marked inside
 * it), each cut after about `maxText` characters of text (bound-indexed-text.ts), in a bare
 * document of the page's language. Pagefind indexes only those elements of a page that marks
 * one, so this indexes as the whole page does, while its HTML parser reads a few kilobytes
 * instead of the whole page (menus, footer, reading aids). A linear scan of the site's own tags.
 */
export function searchRecord(html: string, maxText: number): string | undefined {
  const parts: string[] = [];
  bodyMarker.lastIndex = 0;
  for (let match = bodyMarker.exec(html); match; match = bodyMarker.exec(html)) {
    const end = elementEnd(html, match.index);
    parts.push(boundIndexedText(html.slice(match.index, end), maxText));
    bodyMarker.lastIndex = end;
  }
  if (parts.length === 0) return undefined;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? "";
  return `<html lang="${lang}"><body>${parts.join("")}</body></html>`;
}
