import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildSite, type PostBuildStep } from "../../src/tools/build-site.ts";
import { postBuildSteps } from "../../src/tools/post-build-steps.ts";

export interface FixtureInput {
  /** Folder holding articles/ and legacy/; the project's own content when absent. */
  contentDir?: string;
  settingsFile?: string;
  channelsFile?: string;
}

/** A fresh temporary folder for a build's output. */
export async function tempOutput(label = "site"): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), `xc-${label}-`)), "out");
}

/**
 * Builds a site as `npm run build` does (with the post-build steps) into
 * `output`, from the project's content or from fixture files (through the
 * XC_* variables load-site.ts reads), restoring the environment afterwards.
 */
export async function buildInto(output: string, input: FixtureInput = {}, steps: PostBuildStep[] = postBuildSteps): Promise<{ pages: number }> {
  const saved = { XC_CONTENT_DIR: process.env.XC_CONTENT_DIR, XC_SETTINGS_FILE: process.env.XC_SETTINGS_FILE, XC_CHANNELS_FILE: process.env.XC_CHANNELS_FILE };
  const set = (name: keyof typeof saved, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
  set("XC_CONTENT_DIR", input.contentDir);
  set("XC_SETTINGS_FILE", input.settingsFile);
  set("XC_CHANNELS_FILE", input.channelsFile);
  try {
    return await buildSite({ output, steps });
  } finally {
    for (const [name, value] of Object.entries(saved)) set(name as keyof typeof saved, value);
  }
}

/** Removes a folder made by tempOutput, with everything in it. */
export async function removeTemp(output: string): Promise<void> {
  await rm(dirname(output), { recursive: true, force: true });
}
