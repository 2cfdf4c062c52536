import { extname, posix } from "node:path";
import Image from "@11ty/eleventy-img";
import { fileBeside } from "../attachments/file-beside.ts";
import { bytesFitType, imageTypes, programKind, typeList } from "../attachments/file-types.ts";
import { fileUrl } from "../attachments/file-url.ts";
import { formatSize } from "../attachments/format-size.ts";
import type { ArticleImage } from "../model/types.ts";
import { imageDefaults, type ImageOptions } from "./image-options.ts";

/** One rendition of an image. */
interface Rendition {
  url: string;
  width: number;
  height: number;
}

/** What the page needs to show an image, and the job that writes its files. */
export interface ImagePlan {
  /** One source per format, the fallback (the original's format) last. */
  sources: { type: string; renditions: Rendition[] }[];
  /** The widest rendition's size: width and height attributes, so nothing moves while it loads. */
  width: number;
  height: number;
  /** The original file, as a reader can download it. */
  original: { url: string; type: string; size: string };
  sizes: string;
  job: ArticleImage;
}

/** The options eleventy-img is called with, for the plan (statsSync) and the writer alike. */
export function eleventyImageOptions(job: Pick<ArticleImage, "widths" | "formats" | "stem">, outputDir: string) {
  return {
    widths: job.widths,
    formats: job.formats,
    outputDir,
    urlPath: "/",
    fixOrientation: true,
    filenameFormat: (_id: string, _src: string, width: number, format: string) => `${job.stem}-${width}.${format}`,
  };
}

/**
 * Checks an image named relative to `articleFile` (a decoded Markdown src) and plans its
 * renditions: it must be a PNG, JPEG, WebP or GIF beside the article, within the size and pixel
 * limits; the widths and formats follow `options`. Returns the plan, or what is wrong in words.
 * Only the file's header is read here (eleventy-img's statsSync); the writer converts it.
 */
export function planImage(articleFile: string, name: string, pageUrl: string, root: string, options: Partial<ImageOptions> = {}): ImagePlan | string {
  const { widths, formats, sizes, maxBytes, maxPixels } = { ...imageDefaults, ...options };
  const type = imageTypes[extname(name).toLowerCase()];
  if (!type) return `shows ${name}, whose type ${extname(name) || "(no extension)"} is not an image the site converts; expected one of ${typeList(imageTypes)}`;
  const found = fileBeside(articleFile, name, root);
  if (typeof found === "string") return found.replace(/^names /, "shows ");
  const program = programKind(found.head);
  if (program || !bytesFitType(found.head, type)) return `shows ${name}, which does not begin like a ${type.label} image${program ? ` (it is ${program})` : ""}; expected a real ${type.label} file`;
  if (found.bytes > maxBytes) return `shows ${name}, which is ${formatSize(found.bytes)}; expected at most ${formatSize(maxBytes)} (save it smaller)`;
  const folder = posix.dirname(name) === "." ? "" : `${posix.dirname(name)}/`;
  const job: ArticleImage = { sourceFile: found.path, url: fileUrl(pageUrl, name), folderUrl: `${pageUrl}${folder}`, stem: posix.basename(name, posix.extname(name)), widths, formats };
  let stats: ReturnType<typeof Image.statsSync>;
  try {
    // The widths narrower than the original, and the original's own width when it is under the widest.
    const original = Object.values(Image.statsSync(found.path, { widths: ["auto"], formats: ["auto"] }))[0]![0]!.width;
    job.widths = [...widths.filter((w) => w < original), ...(original < Math.max(...widths) ? [original] : [Math.max(...widths)])];
    stats = Image.statsSync(found.path, eleventyImageOptions(job, "."));
  } catch (error) {
    return `shows ${name}, which cannot be read as a ${type.label} image (${(error as Error).message.split("\n")[0]}); expected a complete image file`;
  }
  const all = Object.values(stats);
  const widest = all[0]!.reduce((a, b) => (b.width > a.width ? b : a));
  if (widest.width * widest.height > maxPixels) return `shows ${name}, which is ${widest.width}×${widest.height} pixels; expected at most ${maxPixels / 1_000_000} million pixels`;
  return {
    sources: all.map((renditions) => ({
      type: renditions[0]!.sourceType,
      renditions: renditions.map(({ width, height, filename }) => ({ url: fileUrl(job.folderUrl, filename), width, height })),
    })),
    width: widest.width,
    height: widest.height,
    original: { url: job.url, type: type.label, size: formatSize(found.bytes) },
    sizes,
    job,
  };
}
