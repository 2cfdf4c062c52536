import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Eleventy } from "@11ty/eleventy";
import { configure } from "../../.eleventy.js";
import { contentFilesRead } from "../lib/content/files-read.ts";
import { type ContentSource, contentFolders, projectContent } from "../lib/load-site.ts";
import { codeKey, settingsKey, unattributedContentKey } from "./manifest/input-keys.ts";
import { type Manifest, manifestVersion, type PageRecord, readManifest } from "./manifest/manifest.ts";
import { between, mark, type StepTiming } from "./measure/step-timings.ts";
import { type PublishSession, publishSession } from "./publish-session.ts";
import { cleanStaleBuilds } from "./stale-builds.ts";
import { type PublishedTree, publishTree } from "./tree/publish-tree.ts";

/** What a step run on the staging folder gets: the build's session and what it publishes. */
export interface BuildContext {
  session: PublishSession;
  /** The HTML of every page rendered in this build, by URL (pages kept from the previous build are in its site). */
  html: Map<string, string>;
  /** The manifest this build publishes: its pages are filled in; a step adds what it writes. */
  manifest: Manifest;
  /** Files (relative paths) the step reuses from the published site: linked into the staging folder after the steps. */
  reuse: string[];
  /** Where the time went, step by step. */
  timings: StepTiming[];
}

/** A step run on the freshly built folder before it is published (e.g. the search index). */
export type PostBuildStep = (folder: string, build: BuildContext) => Promise<void>;

export interface BuildOptions {
  /** The published folder. */
  output?: string;
  /** Steps run on the staging folder, in order, before the swap. */
  steps?: PostBuildStep[];
  /** Where the content comes from, when not the project's own (tests and benchmarks build fixture sites). */
  content?: Partial<ContentSource> | undefined;
  /** Render every page and rebuild every search part, whatever the previous build left. */
  full?: boolean;
}

export interface BuildResult {
  /** HTML pages in the published site. */
  pages: number;
  /** Pages (of any kind) rendered in this build, and kept unchanged from the previous one. */
  rendered: number;
  kept: number;
  /** Why every page was rendered; undefined for an incremental build. */
  fullReason: string | undefined;
  /** How the published tree was put together (publish-tree.ts). */
  how: PublishedTree["how"];
  cleaned: string[];
  timings: StepTiming[];
}

/** Why the previous build cannot be reused, or undefined when it can. */
function whyFull(manifest: Manifest | undefined, problem: string | undefined, inputs: PublishSession["inputs"]): string | undefined {
  if (!manifest) return problem ?? "no manifest";
  if (manifest.inputs.code !== inputs.code) return "the code changed (templates, components, loaders or tools)";
  if (manifest.inputs.settings !== inputs.settings) return "the settings changed";
  if (manifest.inputs.content !== inputs.content) return "files in the content folder that no loader reads changed";
  return undefined;
}

/** The manifest of what this build publishes, from what Eleventy rendered and what it kept. */
function manifestOf(session: PublishSession, written: Set<string>): Manifest {
  const pages: Record<string, PageRecord> = {};
  for (const [url, page] of session.rendered) {
    if (!written.has(url)) continue;
    const files = session.companions.get(url);
    pages[url] = { template: page.template, file: page.file, ...(page.key ? { key: page.key } : {}), ...(files?.length ? { files } : {}), ...(page.sitemap ? { sitemap: page.sitemap } : {}) };
  }
  for (const [url, record] of session.kept) pages[url] = record;
  return { version: manifestVersion, inputs: { ...session.inputs, frame: session.inputs.frame ?? "" }, pageLists: [...session.pageLists], pages };
}

/**
 * Builds the site into a staging folder beside `output`, runs the post-build steps, and only then
 * swaps it in by renaming. A failed build or step leaves the previous `output` exactly as it was:
 * a half-built site is never published. What a killed build left behind is cleaned up first.
 *
 * When the published site's manifest (.publish/manifest.json) was made from the same code,
 * settings and other content files, the build is incremental: Eleventy renders only the pages
 * whose page object or site-wide data changed (src/eleventy/plugins/publish.ts), the search index
 * rebuilds only the parts whose pages changed, and the site is put together from those files and
 * the unchanged ones of the published site, hard-linked (tree/publish-tree.ts). The result is
 * byte for byte what a full build writes.
 */
export async function buildSite({ output = "_site", steps = [], content, full = false }: BuildOptions = {}): Promise<BuildResult> {
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  const timings: StepTiming[] = [];
  let from = mark();
  const cleaned = await cleanStaleBuilds(output);
  await rm(staging, { recursive: true, force: true });
  try {
    const source = { ...projectContent, ...content };
    const inputs = { code: codeKey(source), settings: settingsKey(source.settingsDir, source.contentDir), content: unattributedContentKey(source.contentDir, contentFilesRead(contentFolders(source.contentDir))) };
    const prior = full ? { problem: "a full build was asked for" } : readManifest(output);
    const fullReason = whyFull(prior.manifest, prior.problem, inputs);
    const session = publishSession(staging, inputs, fullReason ? undefined : { site: output, manifest: prior.manifest! }, fullReason);
    timings.push(between("inputs", from));

    from = mark();
    const eleventy = new Eleventy(undefined, staging, { configPath: false, config: configure({ content, publish: session }), quietMode: true });
    eleventy.disableLogger(); // errors reach the caller, which prints them once, readably
    const results = (await eleventy.write()) as unknown as [unknown, { url?: string | false; outputPath?: string | false; content?: unknown }[]];
    const loaded = session.loaded ?? from;
    timings.push(between("load", from, loaded), between("render", loaded));

    const html = new Map<string, string>();
    const written = new Set<string>();
    for (const result of results?.[1] ?? []) {
      if (typeof result?.url !== "string" || typeof result.outputPath !== "string") continue;
      written.add(result.url);
      if (result.outputPath.endsWith(".html") && typeof result.content === "string") html.set(result.url, result.content);
    }
    const build: BuildContext = { session, html, manifest: manifestOf(session, written), reuse: [], timings };
    for (const step of steps) await step(staging, build);

    const kept = session.previous ? [...[...session.kept.values()].flatMap((page) => [page.file, ...(page.files ?? [])]), ...build.reuse] : undefined;
    const tree = await publishTree({ output, staging, previous, manifest: build.manifest, kept, timings });
    const pages = Object.values(build.manifest.pages).filter((page) => page.file.endsWith(".html")).length;
    return { pages, rendered: written.size, kept: session.kept.size, fullReason: session.fullReason, how: tree.how, cleaned, timings };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(output)) await rename(previous, output);
    throw error;
  }
}
