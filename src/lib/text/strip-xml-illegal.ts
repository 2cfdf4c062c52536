/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; unpaired
 * surrogates; U+FFFE and U+FFFF) plus the DEL and C1 controls it only
 * discourages. Legacy text can carry any of them, and one such character makes
 * a whole feed unreadable to a strict parser.
 */
const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character that is illegal (or discouraged) in XML removed; emoji and CJK stay. */
export function stripXmlIllegal(text: string): string {
  return text.replace(illegal, "");
}
