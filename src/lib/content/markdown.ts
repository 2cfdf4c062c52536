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

/**
 * Renders a body to HTML and takes its first paragraph's text from the same
 * parse: parsing is most of markdown-it's cost, and parsing each body twice
 * (once for the summary, once to render) was about a quarter of the loaders' CPU
 * time at 10,000 articles.
 */
export function renderMarkdown(body: string): { html: string; firstParagraph: string } {
  const env = {};
  const tokens = markdown.parse(body, env);
  return { firstParagraph: firstParagraphOf(tokens), html: markdown.renderer.render(tokens, markdown.options, env) };
}
