import { htmlTags } from "../text/html-tags.ts";

/**
 * Splits well-formed HTML, as the article renderers write it (markdown-it's output, or
 * escaped legacy paragraphs), into its top-level blocks:
 * `<p>…</p>\n<table>…</table>\n` → [`<p>…</p>\n`, `<table>…</table>\n`].
 * Text between blocks stays with the block before it.
 */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of htmlTags(html)) {
    depth += tag.kind === "open" ? 1 : tag.kind === "close" ? -1 : 0;
    if (depth === 0) {
      let end = tag.end;
      while (html[end] === "\n") end += 1;
      blocks.push(html.slice(start, end));
      start = end;
    }
  }
  if (start < html.length) blocks.push(html.slice(start));
  return blocks;
}
