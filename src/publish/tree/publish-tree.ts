import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { type Manifest, writeManifest } from "../manifest/manifest.ts";
import { between, mark, type StepTiming } from "../measure/step-timings.ts";
import { linkUnchanged } from "./link-unchanged.ts";

export interface PublishTreeOptions {
  /** The published folder. */
  output: string;
  /** This build's staging folder, holding every file written in this build. */
  staging: string;
  /** Where the live site goes while the new one takes its place. */
  previous: string;
  /** What this build publishes. */
  manifest: Manifest;
  /** For an incremental build: the files (relative paths) kept unchanged from the live site. */
  kept?: string[] | undefined;
  /** Where the time goes: putting the tree together, the swap, removing the old site. */
  timings: StepTiming[];
}

/** How the new site was put together. */
export interface PublishedTree {
  /** "linked": the files kept from the live site were hard-linked into the staging folder; "fresh": all written in this build. */
  how: "linked" | "fresh";
  linked: number;
}

/**
 * Puts the new site together in the staging folder and swaps it in by renaming. An incremental
 * build hard-links each file it keeps from the live site (link-unchanged.ts: a directory entry,
 * not a copy), so the staging folder is the whole new site and the swap stays two renames; the
 * live site is never written into. The manifest goes in last, so a staging folder is complete
 * before it can be published.
 */
export async function publishTree({ output, staging, previous, manifest, kept, timings }: PublishTreeOptions): Promise<PublishedTree> {
  let from = mark();
  const done: PublishedTree = kept ? { how: "linked", linked: linkUnchanged(output, staging, kept) } : { how: "fresh", linked: 0 };
  await writeManifest(staging, manifest);
  timings.push(between(`assemble (${done.how}: ${done.linked} linked)`, from));
  from = mark();
  if (existsSync(output)) await rename(output, previous);
  await rename(staging, output);
  timings.push(between("swap", from));
  from = mark();
  await rm(previous, { recursive: true, force: true });
  timings.push(between("cleanup", from));
  return done;
}
