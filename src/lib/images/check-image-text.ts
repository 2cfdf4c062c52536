import type { BuildProblem } from "../model/types.ts";
import { decorativeAlt } from "./image-options.ts";

/**
 * Problems with a body's image text: every image needs alt text saying what it shows
 * (blind readers' most common complaint), unless the author marks it decorative with
 * ![装饰](…); a caption (the title: ![alt](map.png "图1 …")) needs the image alone in its
 * paragraph, where it becomes a <figure>.
 */
export function checkImageText(images: readonly { src: string; alt: string; title?: string | undefined; standalone: boolean; line: number }[], file: string): BuildProblem[] {
  const problems: BuildProblem[] = [];
  for (const { src, alt, title, standalone, line } of images) {
    const problem = (message: string) => problems.push({ file, line, field: "image", message });
    const name = JSON.stringify(src.length > 60 ? `${src.slice(0, 57)}...` : src);
    if (!alt.trim()) problem(`${name} has no alt text; expected ![what the image shows](${src}), or ![${decorativeAlt}](${src}) for an image that is only decoration`);
    else if (alt.trim() === decorativeAlt && title) problem(`${name} is marked decorative (${decorativeAlt}) but has a caption; expected alt text saying what it shows, or no caption`);
    if (title && !standalone) problem(`${name} has a caption ("${title}") but shares its paragraph with other text; expected the image on a line of its own, with blank lines around it`);
  }
  return problems;
}
