/** The characters the text cycles through: common words of government news. */
const characters = "西城区政务公开工作会议召开部署推进落实服务群众";

/**
 * `length` characters of Chinese without a punctuation mark or a space, the same every
 * time: the worst case for word segmentation (a search index) and for a derived title.
 */
export function unpunctuatedText(length: number): string {
  return Array.from({ length }, (_, i) => characters[(i * 7 + (i >> 4)) % characters.length]).join("");
}
