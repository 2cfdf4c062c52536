import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Eleventy } from "@11ty/eleventy";
import { configure } from "../../.eleventy.js";
import type { ContentSource } from "../lib/load-site.ts";
import { cleanStaleBuilds } from "./stale-builds.ts";

/** A step run on the freshly built folder before it is published (e.g. the search index). */
export type PostBuildStep = (folder: string) => Promise<void>;

export interface BuildOptions {
  /** The published folder. */
  output?: string;
  /** Steps run on the staging folder, in order, before the swap. */
  steps?: PostBuildStep[];
  /** Where the content comes from, when not the project's own (tests and benchmarks build fixture sites). */
  content?: Partial<ContentSource> | undefined;
}

/**
 * Builds the site into a staging folder beside `output`, runs the post-build
 * steps, and only then swaps it in. A failed build or step leaves the
 * previous `output` exactly as it was: a half-built site is never published.
 * What a killed build left behind is cleaned up first (stale-builds.ts).
 */
export async function buildSite({ output = "_site", steps = [], content }: BuildOptions = {}): Promise<{ pages: number; cleaned: string[] }> {
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  const cleaned = await cleanStaleBuilds(output);
  await rm(staging, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy(undefined, staging, { configPath: false, config: configure({ content }), quietMode: true });
    eleventy.disableLogger(); // errors reach the caller, which prints them once, readably
    const results = (await eleventy.write()) as unknown as [unknown, { outputPath?: string | false }[]];
    const written = (results?.[1] ?? []).filter((r) => typeof r?.outputPath === "string" && r.outputPath.endsWith(".html"));
    for (const step of steps) await step(staging);
    if (existsSync(output)) await rename(output, previous);
    await rename(staging, output);
    await rm(previous, { recursive: true, force: true });
    return { pages: written.length, cleaned };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(output)) await rename(previous, output);
    throw error;
  }
}
