import MarkdownIt from "markdown-it";
import { imagesPlugin, type ImageEnv } from "../images/markdown-images.ts";
import { tablesPlugin } from "../tables/markdown-tables.ts";

/**
 * The Markdown renderer for article bodies. Raw HTML is off: authors write
 * Markdown only, so nothing they type can inject markup or script
 * (markdown-it also refuses javascript: and data: links). Tables get captions and
 * a scrolling region (src/lib/tables/), images pictures and figures (src/lib/images/).
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(tablesPlugin).use(imagesPlugin);

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

/** A heading, image, table or paragraph of a body, with its 0-based line in the body. */
export interface OutlineItem {
  line: number;
}

/** What the checks need to know about a body, block by block. */
export interface Outline {
  /** Level 1–6, its text, and how many characters of text follow it before the next heading of its level or higher. */
  headings: (OutlineItem & { level: number; text: string; textAfter: number })[];
  /** Each image: its src as written (percent-decoded), alt text, title, and whether it is alone in its paragraph. */
  images: (OutlineItem & { src: string; alt: string; title?: string | undefined; standalone: boolean })[];
  /** Each table and whether a caption line (表：…) stands above it. */
  tables: (OutlineItem & { captioned: boolean })[];
  /** Paragraphs written as a question (问：… or a whole bold line ending in ？). */
  questions: (OutlineItem & { text: string })[];
}

/** A question written as a paragraph: 问：… or **…？** alone. */
function isQuestionParagraph(inline: Token): boolean {
  const text = inline.content.trim();
  if (/^\**\s*问\s*[：:]/u.test(text)) return true;
  const children = (inline.children ?? []).filter((child) => !(child.type === "text" && child.content.trim() === ""));
  return children[0]?.type === "strong_open" && children[children.length - 1]?.type === "strong_close" && /[？?]\**$/u.test(text);
}

/** Percent-decoded, when it can be. */
function decoded(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

/** The outline of parsed tokens, with lines. */
function outlineOf(tokens: Token[], lines: readonly string[]): Outline {
  const outline: Outline = { headings: [], images: [], tables: [], questions: [] };
  const open: Outline["headings"] = []; // headings whose section is still running
  tokens.forEach((token, index) => {
    const [start = 0, end = start + 1] = token.map ?? [];
    if (token.type === "heading_open") {
      const level = Number(token.tag.slice(1));
      while (open.length && open[open.length - 1]!.level >= level) open.pop();
      const heading = { level, line: start, text: tokens[index + 1]?.content ?? "", textAfter: 0 };
      outline.headings.push(heading);
      open.push(heading);
      return;
    }
    if (token.type === "table_open") outline.tables.push({ line: start, captioned: Boolean(token.meta?.caption) });
    if (token.type === "paragraph_open" && tokens[index + 1] && isQuestionParagraph(tokens[index + 1]!)) outline.questions.push({ line: start, text: tokens[index + 1]!.content });
    if (token.type !== "inline") return;
    if (tokens[index - 1]?.type !== "heading_open") {
      const text = (token.children ?? []).filter((child) => child.type === "text").map((child) => child.content.trim()).join("");
      for (const heading of open) heading.textAfter += text.length;
    }
    const found = (token.children ?? []).filter((child) => child.type === "image");
    // markdown-it gives lines to blocks only: the n-th image of a block is on the line of its n-th "![".
    const marks = lines.slice(start, end).flatMap((text, offset) => Array.from(text.matchAll(/!\[/g), () => start + offset));
    found.forEach((image, n) =>
      outline.images.push({ src: decoded(image.attrGet("src") ?? ""), alt: image.content, title: image.attrGet("title") ?? undefined, standalone: Boolean(image.meta?.standalone), line: marks[n] ?? start }),
    );
  });
  return outline;
}

/** A body parsed once: its tokens, the first paragraph's text and its outline. */
export interface ParsedBody extends Outline {
  tokens: Token[];
  firstParagraph: string;
}

/**
 * Parses a body and takes its first paragraph's text and outline from the same parse:
 * parsing is most of markdown-it's cost, and parsing each body twice (once for the summary,
 * once to render) was about a quarter of the loaders' CPU time at 10,000 articles.
 */
export function parseMarkdown(body: string): ParsedBody {
  const tokens = markdown.parse(body, {});
  return { tokens, firstParagraph: firstParagraphOf(tokens), ...outlineOf(tokens, body.split("\n")) };
}

/** Renders a parsed body to HTML; `env` gives the plans of its images (src/lib/images/markdown-images.ts). */
export function renderParsed(parsed: ParsedBody, env: ImageEnv = {}): string {
  return markdown.renderer.render(parsed.tokens, markdown.options, { ...env });
}

/** Parses and renders a body in one go. */
export function renderMarkdown(body: string, env: ImageEnv = {}): { html: string } & ParsedBody {
  const parsed = parseMarkdown(body);
  return { ...parsed, html: renderParsed(parsed, env) };
}
