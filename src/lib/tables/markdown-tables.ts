import type MarkdownIt from "markdown-it";
import type { Options, Renderer } from "markdown-it";

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** A caption line: 表：标题 (the 表： is dropped) or 表1：标题, 表一　标题 (kept whole). */
const captionLine = /^表(?:[：:]\s*(?=\S)|[0-9一二三四五六七八九十]+(?:[：:]|\s|　)\s*(?=\S))/u;

/** GFM column alignment, as a class (the CSP refuses style attributes). */
const alignClass: Record<string, string> = { "text-align:left": "xc-align-start", "text-align:center": "xc-align-center", "text-align:right": "xc-align-end" };

/** Moves a caption paragraph directly above a table into the table's meta, as that table's caption. */
function captionsRule(state: { tokens: Token[] }): void {
  const out: Token[] = [];
  for (const token of state.tokens) {
    if (token.type === "table_open") {
      const [open, inline, close] = out.slice(-3);
      const first = inline?.children?.[0];
      if (open?.type === "paragraph_open" && !open.hidden && close?.type === "paragraph_close" && open.level === token.level && first?.type === "text" && captionLine.test(inline!.content)) {
        first.content = first.content.replace(/^表[：:]\s*/u, "");
        token.meta = { ...token.meta, caption: inline };
        out.splice(-3, 3);
      }
    }
    out.push(token);
  }
  state.tokens = out;
}

/** Swaps a cell's alignment style for a class, and gives header cells their scope. */
function cellRule(scope: boolean) {
  return (tokens: Token[], index: number, options: Options, _env: unknown, self: Renderer) => {
    const token = tokens[index]!;
    const style = token.attrGet("style");
    if (style) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
      if (alignClass[style]) token.attrJoin("class", alignClass[style]);
    }
    if (scope) token.attrSet("scope", "col");
    return self.renderToken(tokens, index, options);
  };
}

/**
 * Data tables a screen reader can navigate: a Markdown (GFM) table gets the caption written
 * on the line above it (表：2025年补贴标准), header cells with scope="col", alignment as classes,
 * and a wrapper that scrolls a wide table sideways inside the page — a <section> labelled by the
 * caption (a region landmark), focusable so keyboard users can scroll it too — instead of the whole page at 320 px.
 * Each table's `meta.caption` tells the build whether it has a caption (a table without one is refused).
 */
export function tablesPlugin(md: MarkdownIt): void {
  md.core.ruler.push("xc_table_captions", captionsRule);
  md.renderer.rules.table_open = (tokens, index, options, env: { xcTables?: number }) => {
    const number = (env.xcTables = (env.xcTables ?? 0) + 1);
    const caption = tokens[index]!.meta?.caption as Token | undefined;
    const id = `xc-table-${number}`;
    const label = caption ? `aria-labelledby="${id}"` : 'aria-label="表格"';
    const captionHtml = caption ? `<caption id="${id}">${md.renderer.renderInline(caption.children ?? [], options, env)}</caption>\n` : "";
    return `<section class="xc-table" ${label} tabindex="0">\n<table>\n${captionHtml}`;
  };
  md.renderer.rules.table_close = () => "</table>\n</section>\n";
  md.renderer.rules.th_open = cellRule(true);
  md.renderer.rules.td_open = cellRule(false);
}
