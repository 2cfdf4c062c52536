import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import Image from "@11ty/eleventy-img";
import { eleventyImageOptions } from "../../lib/images/plan-image.ts";
import { InvalidInputError } from "../../lib/model/problems.ts";
import type { Article, BuildProblem } from "../../lib/model/types.ts";

/** The file in `output` that a site-relative, percent-encoded URL names. */
export function outputPathOf(output: string, url: string): string {
  return join(output, ...url.split("/").filter(Boolean).map(decodeURIComponent));
}

/** Copies `from` to the file `url` names in `output`, making its folder; returns that file. */
async function copyTo(from: string, output: string, url: string): Promise<string> {
  const to = outputPathOf(output, url);
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  return to;
}

/**
 * Publishes the files of every article into the built site `output`, beside its page: each
 * attachment and each image's original, copied to its stable URL, and each image's renditions
 * (WebP and its own format in several widths) written by eleventy-img with sharp. An image that
 * cannot be decoded (its header was fine, its data is not) stops the build, naming the article
 * and the file, like any other bad input. Returns the files written (relative to `output`, with /)
 * by article URL: the publish pipeline records them with the page, so that a later incremental
 * build keeps them with it (src/eleventy/plugins/publish.ts).
 */
export async function writeArticleFiles(articles: readonly Article[], output: string): Promise<{ files: number; byArticle: Map<string, string[]> }> {
  const problems: BuildProblem[] = [];
  let files = 0;
  const byArticle = new Map<string, string[]>();
  const work: Promise<void>[] = [];
  for (const article of articles) {
    const written: string[] = [];
    const record = (file: string) => {
      written.push(relative(output, file).split(sep).join("/"));
      files += 1;
    };
    if (article.attachments?.length || article.images?.length) byArticle.set(article.url, written);
    for (const attachment of article.attachments ?? []) work.push(copyTo(attachment.sourceFile, output, attachment.url).then(record));
    for (const image of article.images ?? []) {
      work.push(copyTo(image.sourceFile, output, image.url).then(record));
      work.push(
        // useCache off: eleventy-img remembers the files it wrote in this process and would skip a
        // staging folder of the same name (a second build in one process: npm start, tests).
        Image(image.sourceFile, { ...eleventyImageOptions(image, outputPathOf(output, image.folderUrl)), useCache: false }).then(
          (stats) => void Object.values(stats).flat().forEach((rendition) => record(rendition.outputPath)),
          (error: Error) => void problems.push({ file: article.sourceFile, field: "image", message: `${image.sourceFile} cannot be converted (${error.message.split("\n")[0]}); expected a complete, readable image file` }),
        ),
      );
    }
  }
  await Promise.all(work);
  if (problems.length) throw new InvalidInputError(problems);
  for (const [url, list] of byArticle) byArticle.set(url, [...new Set(list)].sort());
  return { files, byArticle };
}
