import { checkImages } from "../content/check-images.ts";
import { renderMarkdown } from "../content/markdown.ts";
import type { BuildProblem } from "../model/types.ts";

/**
 * A long text field of a settings or data file (申请条件, 获取方式…), written in Markdown:
 * paragraphs and lists, rendered safely as article bodies are (raw HTML shows as text).
 * The page gives the field its own heading, so a heading inside it is refused; so is an
 * image on another site. `at` says where the field is, for the problems.
 */
export function renderMarkdownField(text: string, at: { file: string; line?: number | undefined; field: string }): { html: string; problems: BuildProblem[] } {
  const rendered = renderMarkdown(text.trim());
  const line = (offset: number) => (at.line === undefined ? undefined : at.line + 1 + offset); // block scalars start on the next line
  const problems: BuildProblem[] = [
    ...rendered.headings.map((heading) => ({ file: at.file, line: line(heading.line), field: at.field, message: `has a heading (${"#".repeat(heading.level)}); expected paragraphs and lists only: the page gives this field its heading` })),
    ...checkImages(rendered.images.map((image) => ({ ...image, line: line(image.line) ?? 0 })), at.file).map((problem) => ({ ...problem, line: problem.line || undefined, field: at.field })),
  ];
  return { html: rendered.html, problems };
}
