import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ContentSource } from "../../src/lib/load-site.ts";
import { buildSite, type PostBuildStep } from "../../src/publish/build-site.ts";
import { postBuildSteps } from "../../src/publish/post-build-steps.ts";

/** A fresh temporary folder for a build's output. */
export async function tempOutput(label = "site"): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), `xc-${label}-`)), "out");
}

/**
 * Builds a site as `npm run build` does (with the post-build steps) into
 * `output`, from the project's content or from fixture content.
 */
export async function buildInto(output: string, content?: Partial<ContentSource>, steps: PostBuildStep[] = postBuildSteps): Promise<{ pages: number; cleaned: string[] }> {
  return buildSite({ output, steps, content });
}

/** Removes a folder made by tempOutput, with everything in it. */
export async function removeTemp(output: string): Promise<void> {
  await rm(dirname(output), { recursive: true, force: true });
}
