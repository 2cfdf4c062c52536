import type { ArticleText } from "./article-text.ts";

/** How the old site's export flattened full-width punctuation (see ../shared/notes: the seed). */
const halfWidth: Readonly<Record<string, string>> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!" };

/** The old site's two footer lines, as the seed ends. */
export const legacyFooter = [
  "主办:北京市西城区人民政府办公室 承办:北京市西城区政务服务管理局、北京市西城区数据局",
  "政府网站标识码:1101020002 京ICP备19014909号-1 京公网安备:11010202007633",
] as const;

/**
 * Paragraphs as the old site's export wrote a page: one a line, Markdown marks dropped,
 * punctuation half-width, the old footer last, no trailing newline.
 */
export function legacyPage(paragraphs: readonly string[]): string {
  const lines = paragraphs.map((block) => block.replace(/^#+\s*|\*\*/gm, "").replace(/\n/g, " "));
  return [...lines, ...legacyFooter].join("\n").replace(/[，：；（）？！]/g, (ch) => halfWidth[ch]!);
}

/** A page of the old site in the seed's format: `M月D日,` then the lead (which names the year). */
export function legacyText(text: ArticleText, month: number, day: number): string {
  return legacyPage([`${month}月${day}日,${text.blocks[0]}`, ...text.blocks.slice(1)]);
}
