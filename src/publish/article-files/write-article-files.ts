import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import Image from "@11ty/eleventy-img";
import { eleventyImageOptions } from "../../lib/images/plan-image.ts";
import { InvalidInputError } from "../../lib/model/problems.ts";
import type { Article, BuildProblem } from "../../lib/model/types.ts";

/** The file in `output` that a site-relative, percent-encoded URL names. */
export function outputPathOf(output: string, url: string): string {
  return join(output, ...url.split("/").filter(Boolean).map(decodeURIComponent));
}

/** Copies `from` to the file `url` names in `output`, making its folder. */
async function copyTo(from: string, output: string, url: string): Promise<void> {
  const to = outputPathOf(output, url);
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

/**
 * Publishes the files of every article into the built site `output`, beside its page: each
 * attachment and each image's original, copied to its stable URL, and each image's renditions
 * (WebP and its own format in several widths) written by eleventy-img with sharp. An image that
 * cannot be decoded (its header was fine, its data is not) stops the build, naming the article
 * and the file, like any other bad input.
 */
export async function writeArticleFiles(articles: readonly Article[], output: string): Promise<{ files: number }> {
  const problems: BuildProblem[] = [];
  let files = 0;
  const work: Promise<void>[] = [];
  for (const article of articles) {
    for (const attachment of article.attachments ?? []) work.push(copyTo(attachment.sourceFile, output, attachment.url).then(() => void (files += 1)));
    for (const image of article.images ?? []) {
      work.push(copyTo(image.sourceFile, output, image.url).then(() => void (files += 1)));
      work.push(
        Image(image.sourceFile, eleventyImageOptions(image, outputPathOf(output, image.folderUrl))).then(
          (stats) => void (files += Object.values(stats).flat().length),
          (error: Error) => void problems.push({ file: article.sourceFile, field: "image", message: `${image.sourceFile} cannot be converted (${error.message.split("\n")[0]}); expected a complete, readable image file` }),
        ),
      );
    }
  }
  await Promise.all(work);
  if (problems.length) throw new InvalidInputError(problems);
  return { files };
}
