import type { BuildProblem } from "../model/types.ts";
import { isRelativeFileName } from "../attachments/relative-file.ts";
import type { ImageOptions } from "./image-options.ts";
import { planImage, type ImagePlan } from "./plan-image.ts";

export interface BodyImagesContext {
  articleFile: string;
  pageUrl: string;
  root: string;
  options?: Partial<ImageOptions> | undefined;
}

/** On another site (check-images.ts refuses it), inline data, or a path of the site's own. */
const notBeside = /^(?:[a-z][a-z\d+.-]*:|\/)/i;

/**
 * Plans every image of a body that is a file beside the article (images named like
 * `map.png` or `images/map.png`). An image of the site's own elsewhere (`/uploads/map.png`) is
 * shown as written, with a warning that it is neither checked nor converted.
 */
export function planBodyImages(images: readonly { src: string; line: number }[], context: BodyImagesContext): { plans: Map<string, ImagePlan>; problems: BuildProblem[]; warnings: BuildProblem[] } {
  const plans = new Map<string, ImagePlan>();
  const problems: BuildProblem[] = [];
  const warnings: BuildProblem[] = [];
  const { articleFile: file } = context;
  for (const { src, line } of images) {
    if (plans.has(src)) continue;
    if (src.startsWith("/") && !src.startsWith("//")) {
      warnings.push({ file, line, field: "image", message: `${JSON.stringify(src)} is not beside the article: it is shown as written, without sizes or WebP, and the build cannot check it; expected the file beside the article, named relative to it (e.g. map.png)` });
      continue;
    }
    if (notBeside.test(src)) continue;
    if (!isRelativeFileName(src)) {
      problems.push({ file, line, field: "image", message: `${JSON.stringify(src)} is not a file name beside the article; expected a name relative to the article without .. (e.g. map.png or images/map.png)` });
      continue;
    }
    const plan = planImage(file, src, context.pageUrl, context.root, context.options);
    if (typeof plan === "string") problems.push({ file, line, field: "image", message: plan });
    else plans.set(src, plan);
  }
  return { plans, problems, warnings };
}
