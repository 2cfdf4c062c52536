import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Eleventy } from "@11ty/eleventy";

/** A step run on the freshly built folder before it is published (e.g. the search index). */
export type PostBuildStep = (folder: string) => Promise<void>;

/** Where the content comes from, when not the project's own (tests and benchmarks build fixture sites). */
export interface ContentSource {
  settingsFile?: string | undefined;
  channelsFile?: string | undefined;
  /** A folder holding articles/ and legacy/. */
  contentDir?: string | undefined;
}

export interface BuildOptions {
  /** The published folder. */
  output?: string;
  /** Steps run on the staging folder, in order, before the swap. */
  steps?: PostBuildStep[];
  /** Content to build instead of the project's own. */
  content?: ContentSource;
}

/** The variables src/lib/load-site.ts reads, for each ContentSource field. */
const contentVariables = { settingsFile: "XC_SETTINGS_FILE", channelsFile: "XC_CHANNELS_FILE", contentDir: "XC_CONTENT_DIR" } as const;

/** Runs `work` with the loaders pointed at `content`, restoring the environment afterwards. */
async function withContent<T>(content: ContentSource | undefined, work: () => Promise<T>): Promise<T> {
  if (!content) return work();
  const saved = Object.values(contentVariables).map((name) => [name, process.env[name]] as const);
  for (const [field, name] of Object.entries(contentVariables)) {
    const value = content[field as keyof ContentSource];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    return await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/**
 * Builds the site into a staging folder beside `output`, runs the post-build
 * steps, and only then swaps it in. A failed build or step leaves the
 * previous `output` exactly as it was: a half-built site is never published.
 */
export async function buildSite({ output = "_site", steps = [], content }: BuildOptions = {}): Promise<{ pages: number }> {
  return withContent(content, () => buildInto(output, steps));
}

async function buildInto(output: string, steps: PostBuildStep[]): Promise<{ pages: number }> {
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy("src/site", staging, { configPath: ".eleventy.js", quietMode: true });
    eleventy.disableLogger(); // errors reach the caller, which prints them once, readably
    const results = (await eleventy.write()) as unknown as [unknown, { outputPath?: string | false }[]];
    const written = (results?.[1] ?? []).filter((r) => typeof r?.outputPath === "string" && r.outputPath.endsWith(".html"));
    for (const step of steps) await step(staging);
    if (existsSync(output)) await rename(output, previous);
    await rename(staging, output);
    await rm(previous, { recursive: true, force: true });
    return { pages: written.length };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(output)) await rename(previous, output);
    throw error;
  }
}
