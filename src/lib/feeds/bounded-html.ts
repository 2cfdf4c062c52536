import { topLevelBlocks } from "./top-level-blocks.ts";

/**
 * The leading top-level blocks of `html` that fit in `max` characters, whole
 * (never a cut element), and whether anything was left out. A single block
 * larger than `max` (a 32,000-column table, a megabyte paragraph) is left out
 * with everything after it.
 */
export function boundedHtml(html: string, max: number): { html: string; cut: boolean } {
  if (html.length <= max) return { html, cut: false };
  let kept = "";
  for (const block of topLevelBlocks(html)) {
    if (kept.length + block.length > max) break;
    kept += block;
  }
  return { html: kept, cut: true };
}
