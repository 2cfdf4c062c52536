import type { Outline } from "../content/markdown.ts";
import type { BuildProblem, InterpretationKind } from "../model/types.ts";

/** The heading of a 图解's text version. */
export const textVersionHeading = "文字版";

/**
 * Problems with a 解读's body for its kind: a 图解 (an infographic) must have an image and its
 * full text on the page, under a heading ## 文字版; in a 问答 each question is a heading, so
 * screen-reader users can jump from question to question — a question written as a paragraph
 * (问：…, or a whole bold line ending in ？) is refused, naming its line.
 */
export function checkInterpretationBody(kind: InterpretationKind, outline: Outline, file: string, firstLine: number): BuildProblem[] {
  const problems: BuildProblem[] = [];
  if (kind === "图解") {
    if (!outline.images.length) problems.push({ file, line: firstLine, field: "body", message: "is a 图解 without an image; expected the infographic as ![what it shows](图解.png) and its text under ## 文字版" });
    const textVersion = outline.headings.find((h) => h.text.trim() === textVersionHeading);
    if (!textVersion) problems.push({ file, line: firstLine, field: "body", message: `is a 图解 without a text version; expected a heading ## ${textVersionHeading} followed by everything the image says, as text` });
    else if (textVersion.textAfter < 20) problems.push({ file, line: textVersion.line, field: "body", message: `has a ## ${textVersionHeading} heading with almost no text under it; expected everything the image says, as text` });
  }
  if (kind === "问答") {
    for (const question of outline.questions) {
      problems.push({ file, line: question.line, field: "body", message: `writes the question "${question.text.slice(0, 30)}" as a paragraph; expected each question of a 问答 as a heading (## 问：…？) so screen readers can move from question to question` });
    }
    if (!outline.headings.length) problems.push({ file, line: firstLine, field: "body", message: "is a 问答 without question headings; expected each question as a heading (## 问：…？) followed by its answer" });
  }
  return problems;
}
