import type { BuildProblem } from "../model/types.ts";
import { bidiControlsIn } from "../text/bidi-controls.ts";

/**
 * One warning for each line of a content file that holds bidi controls (which the
 * reader removes), naming the front-matter field on that line, or the body.
 */
export function bidiWarnings(source: string, file: string): BuildProblem[] {
  const lines = source.split("\n");
  const closing = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  return lines.flatMap((text, index) => {
    const found = bidiControlsIn(text);
    if (found.length === 0) return [];
    const inFrontMatter = index > 0 && index < closing;
    const field = inFrontMatter ? (/^([A-Za-z_$][\w$]*)\s*:/.exec(text)?.[1] ?? "front matter") : "body";
    const message = `contains ${found.join(", ")} (bidi control: it reorders the text, e.g. shows it reversed); removed, expected plain text`;
    return [{ file, line: index + 1, field, message }];
  });
}
