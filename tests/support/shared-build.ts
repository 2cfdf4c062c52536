import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { globSync } from "tinyglobby";
import { generateSite } from "../../src/bench/generate/generate-site.ts";
import { type ContentSource, projectContent } from "../../src/lib/load-site.ts";
import { buildSite } from "../../src/publish/build-site.ts";
import { postBuildSteps } from "../../src/publish/post-build-steps.ts";

/** Where shared builds live (git-ignored; safe to delete at any time). */
const cacheDir = resolve(".cache/test-builds");

/** Everything of the project's code that decides a build's output. */
const codeFiles = () => [...globSync(["src/**", "!src/content/**", "!src/settings/**"], { onlyFiles: true }).sort(), ".eleventy.js", "package-lock.json"];

/** The files of a content source, as [name in the key, path] pairs: relative names, so a fixture in a new temp folder hashes the same. */
function contentFiles(source: ContentSource): [string, string][] {
  const files: [string, string][] = globSync("**", { cwd: source.settingsDir, onlyFiles: true }).sort().map((file) => [`settings/${file}`, join(source.settingsDir, file)]);
  if (existsSync(source.contentDir)) {
    for (const file of globSync("**", { cwd: source.contentDir, onlyFiles: true, dot: true }).sort()) files.push([`content/${file}`, join(source.contentDir, file)]);
  }
  return files;
}

/** A hash of the code and the content: equal keys, equal builds (builds are reproducible). */
function buildKey(source: ContentSource): string {
  const hash = createHash("sha256");
  for (const file of codeFiles()) hash.update(`${file}\0`).update(readFileSync(file)).update("\0");
  for (const [name, file] of contentFiles(source)) hash.update(`${name}\0`).update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * A site built as `npm run build` builds it (search index and fingerprints included), shared by
 * every test file that asks for the same `name` and content while the code is unchanged: the first
 * asker builds it into .cache/test-builds/<name>-<key>/, the others reuse it. Tests only read it;
 * a test that changes a build makes its own. Concurrent askers may both build: the first to finish
 * renames its folder into place, the other discards its own.
 */
export async function sharedBuild(name: string, content: Partial<ContentSource> = {}): Promise<string> {
  const source = { ...projectContent, ...content };
  const folder = join(cacheDir, `${name}-${buildKey(source)}`);
  if (existsSync(join(folder, "sitemap.xml"))) return folder;
  const building = `${folder}.building-${process.pid}`;
  await buildSite({ output: building, steps: postBuildSteps, content: source });
  try {
    renameSync(building, folder);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test file built the same site first
  }
  for (const entry of readdirSync(cacheDir)) {
    const stale = entry.startsWith(`${name}-`) && join(cacheDir, entry) !== folder && !entry.includes(".building-");
    if (stale && statSync(join(cacheDir, entry)).mtimeMs < Date.now() - 60_000) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  return folder;
}

/** The project's own site, built once for every test file that reads it. */
export function projectSite(): Promise<string> {
  return sharedBuild("project");
}

/**
 * A site of `articles` articles from the benchmark's generator (seed 5), built once for every test
 * file that reads it. `contentDir` is the generated content, for tests that load it; `remove()` deletes it.
 */
export async function generatedSite(articles: number): Promise<{ output: string; contentDir: string; remove(): void }> {
  const scratch = mkdtempSync(join(tmpdir(), "xc-generated-"));
  const { contentDir } = generateSite({ articles, seed: 5, folder: join(scratch, "content") });
  return { output: await sharedBuild(`generated-${articles}`, { contentDir }), contentDir, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
