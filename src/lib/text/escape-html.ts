import MarkdownIt from "markdown-it";

/** Escapes text for HTML: the same function markdown-it uses for its output. */
export const escapeHtml: (text: string) => string = new MarkdownIt().utils.escapeHtml;
