/** Elements that never have a closing tag. */
const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** One tag of an HTML string: where it is, its element, and whether it opens, closes or stands alone. */
export interface HtmlTag {
  start: number;
  end: number;
  name: string;
  kind: "open" | "close" | "void";
}

/**
 * The tags of HTML the site writes itself (its templates and renderers: attributes escaped,
 * so no raw `>` inside one; every element closed), from `from` on, in order. Comments and the
 * doctype are not tags here. A scan, not a parse: linear in the length, for pages of megabytes.
 */
export function* htmlTags(html: string, from = 0): Generator<HtmlTag> {
  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const [whole, closing, name, selfClosing] = match;
    const lower = name!.toLowerCase();
    const kind = closing ? "close" : selfClosing || voidElements.has(lower) ? "void" : "open";
    yield { start: match.index, end: match.index + whole.length, name: lower, kind };
  }
}
