import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { globSync } from "tinyglobby";

/** The project's folder (where .eleventy.js is). */
const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A hash of files' names (relative to `base`) and bytes, in sorted order. */
function hashFiles(files: string[], base: string, extra = ""): string {
  const hash = createHash("sha1").update(extra);
  for (const file of [...files].sort()) hash.update(`${relative(base, file)}\0`).update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/** The files under `folder` (recursive; hidden entries, which no loader reads, left out), as absolute paths. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return globSync("**", { cwd: folder, onlyFiles: true, absolute: true, followSymbolicLinks: false });
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The code that decides what a build writes: everything under src/ but the content and settings
 * folders of this build, the Eleventy configuration, the package files (the tools' versions) and
 * Node's version. Any change here means a full build: templates, components, loaders, this pipeline.
 */
export function codeKey(source: { contentDir: string; settingsDir: string }): string {
  const excluded = [resolve(source.contentDir), resolve(source.settingsDir)];
  const code = filesUnder(resolve(projectRoot, "src")).filter((file) => !excluded.some((folder) => isInside(file, folder)));
  const config = [".eleventy.js", "package.json", "package-lock.json"].map((name) => resolve(projectRoot, name)).filter((file) => existsSync(file));
  return hashFiles([...code, ...config], projectRoot, process.version);
}

/**
 * Every file of the settings folder (site.yaml, channels.yaml and whatever a page type adds), but
 * the content folder when it lies inside it: any change means a full build.
 */
export function settingsKey(settingsDir: string, contentDir: string): string {
  const content = resolve(contentDir);
  return hashFiles(filesUnder(resolve(settingsDir)).filter((file) => !isInside(file, content)), resolve(settingsDir));
}

/**
 * The files of the content folder that no loader read (`read`: the articles, old-site pages and
 * overrides.csv files the model was built from, whose effects the page objects carry): an
 * attachment, an image, anything a later step may publish. Their changes cannot be attributed to
 * pages, so any change among them means a full build.
 */
export function unattributedContentKey(contentDir: string, read: readonly string[]): string {
  const known = new Set(read.map((file) => resolve(file)));
  return hashFiles(filesUnder(resolve(contentDir)).filter((file) => !known.has(file)), resolve(contentDir));
}
