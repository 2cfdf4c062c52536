import MarkdownIt from "markdown-it";

/**
 * The Markdown renderer for article bodies. Raw HTML is off: authors write
 * Markdown only, so nothing they type can inject markup or script
 * (markdown-it also refuses javascript: and data: links).
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** The plain text of the first paragraph of a Markdown body, for summaries. */
export function firstParagraphText(body: string): string {
  const tokens = markdown.parse(body, {});
  const index = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = index >= 0 ? tokens[index + 1] : undefined;
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}
