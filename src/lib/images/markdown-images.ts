import type MarkdownIt from "markdown-it";
import { decorativeAlt } from "./image-options.ts";
import type { ImagePlan } from "./plan-image.ts";

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** What the renderer is told about a body's images (markdown.ts passes it in the env). */
export interface ImageEnv {
  /** The plan of each local image, by its src as written (decoded). */
  xcImages?: ReadonlyMap<string, ImagePlan>;
  /** Whether the first image may load at once (it may be on screen); every later one loads lazily. */
  xcFirstImageEager?: boolean;
  xcImageCount?: number;
}

const isBlank = (token: Token) => token.type === "softbreak" || (token.type === "text" && token.content.trim() === "");

/** Marks each paragraph that holds one image and nothing else: it becomes a figure. */
function figuresRule(state: { tokens: Token[] }): void {
  state.tokens.forEach((token, index) => {
    if (token.type !== "paragraph_open" || token.hidden) return;
    const inline = state.tokens[index + 1];
    const content = (inline?.children ?? []).filter((child) => !isBlank(child));
    if (content.length !== 1 || content[0]!.type !== "image") return;
    token.meta = { ...token.meta, figure: true };
    state.tokens[index + 2]!.meta = { ...state.tokens[index + 2]!.meta, figure: true };
    content[0]!.meta = { ...content[0]!.meta, standalone: true };
  });
}

/** A <picture>: a <source> per modern format, the original's format as the <img>, with its size and alt. */
function pictureHtml(plan: ImagePlan, alt: string, lazy: boolean, escape: (text: string) => string): string {
  const srcset = (renditions: ImagePlan["sources"][number]["renditions"]) => renditions.map((r) => `${r.url} ${r.width}w`).join(", ");
  const fallback = plan.sources[plan.sources.length - 1]!;
  const src = fallback.renditions.find((r) => r.width >= 960) ?? fallback.renditions[fallback.renditions.length - 1]!;
  const sources = plan.sources.slice(0, -1).map((source) => `<source type="${source.type}" srcset="${srcset(source.renditions)}" sizes="${plan.sizes}">`);
  const loading = lazy ? ' loading="lazy"' : "";
  return `<picture>${sources.join("")}<img src="${src.url}" srcset="${srcset(fallback.renditions)}" sizes="${plan.sizes}" width="${plan.width}" height="${plan.height}" alt="${escape(alt)}"${loading} decoding="async"></picture>`;
}

/**
 * Body images as the site publishes them: each local image (planned by plan-image.ts) is a
 * <picture> of WebP and its original format in several widths, with width and height set so
 * nothing moves while it loads, and loading="lazy" after the first (`env.xcFirstImageEager`).
 * An image alone in its paragraph becomes a <figure>: its title ![alt](map.png "图1 …") is the
 * <figcaption>, with a link to the original file. ![装饰](line.png) is decorative: alt="", no caption.
 * Images without a plan (the site's own /uploads/… paths) keep markdown-it's <img>.
 */
export function imagesPlugin(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  const defaultImage = md.renderer.rules.image!;
  md.core.ruler.push("xc_figures", figuresRule);
  md.renderer.rules.paragraph_open = (tokens, index, options, _env, self) => (tokens[index]!.meta?.figure ? "" : self.renderToken(tokens, index, options));
  md.renderer.rules.paragraph_close = (tokens, index, options, _env, self) => (tokens[index]!.meta?.figure ? "\n" : self.renderToken(tokens, index, options));
  md.renderer.rules.image = (tokens, index, options, env: ImageEnv, self) => {
    const token = tokens[index]!;
    const count = (env.xcImageCount = (env.xcImageCount ?? 0) + 1);
    const written = self.renderInlineAsText(token.children ?? [], options, env);
    const decorative = written.trim() === decorativeAlt;
    const alt = decorative ? "" : written;
    const src = token.attrGet("src") ?? "";
    let decoded = src;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      // not percent-encoded: use it as written
    }
    const plan = env.xcImages?.get(decoded);
    let picture: string;
    if (plan) picture = pictureHtml(plan, alt, !(count === 1 && env.xcFirstImageEager), escape);
    else {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "title");
      picture = defaultImage(tokens, index, options, env, self).replace(/ alt="[^"]*"/, ` alt="${escape(alt)}"`);
    }
    if (!token.meta?.standalone) return picture;
    if (decorative) return `<div class="xc-figure">${picture}</div>`;
    const title = token.attrGet("title");
    const caption = [
      title ? `<span class="xc-figure__caption">${escape(title)}</span>` : "",
      plan ? `<a class="xc-figure__original" href="${plan.original.url}">查看原图（${plan.original.type}，${plan.original.size}）</a>` : "",
    ].filter(Boolean);
    return `<figure class="xc-figure">${picture}${caption.length ? `<figcaption>${caption.join(" ")}</figcaption>` : ""}</figure>`;
  };
}
