import MarkdownIt from "markdown-it";

/**
 * The Markdown renderer for article bodies. Raw HTML is off: authors write
 * Markdown only, so nothing they type can inject markup or script
 * (markdown-it also refuses javascript: and data: links).
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** The plain text of the first paragraph among parsed tokens. */
function firstParagraphOf(tokens: Token[]): string {
  const index = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = index >= 0 ? tokens[index + 1] : undefined;
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}

/** A heading or an image of a body, with its 0-based line in the body. */
export interface OutlineItem {
  line: number;
}

/** The headings (level 1–6) and images (their src) of parsed tokens, in order, with their lines. */
function outlineOf(tokens: Token[], lines: readonly string[]): { headings: (OutlineItem & { level: number })[]; images: (OutlineItem & { src: string })[] } {
  const headings: (OutlineItem & { level: number })[] = [];
  const images: (OutlineItem & { src: string })[] = [];
  for (const token of tokens) {
    const [start = 0, end = start + 1] = token.map ?? [];
    if (token.type === "heading_open") headings.push({ level: Number(token.tag.slice(1)), line: start });
    const found = (token.children ?? []).filter((child) => child.type === "image");
    // markdown-it gives lines to blocks only: the n-th image of a block is on the line of its n-th "![".
    const marks = lines.slice(start, end).flatMap((text, offset) => Array.from(text.matchAll(/!\[/g), () => start + offset));
    found.forEach((image, index) => images.push({ src: image.attrGet("src") ?? "", line: marks[index] ?? start }));
  }
  return { headings, images };
}

/**
 * Renders a body to HTML and takes its first paragraph's text, headings and
 * images from the same parse: parsing is most of markdown-it's cost, and parsing
 * each body twice (once for the summary, once to render) was about a quarter of
 * the loaders' CPU time at 10,000 articles.
 */
export function renderMarkdown(body: string): { html: string; firstParagraph: string } & ReturnType<typeof outlineOf> {
  const env = {};
  const tokens = markdown.parse(body, env);
  return { firstParagraph: firstParagraphOf(tokens), ...outlineOf(tokens, body.split("\n")), html: markdown.renderer.render(tokens, markdown.options, env) };
}
