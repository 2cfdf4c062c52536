import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { type Manifest, readManifest, writeManifest } from "../manifest/manifest.ts";
import { between, mark, type StepTiming } from "../measure/step-timings.ts";
import { linkUnchanged } from "./link-unchanged.ts";
import { takeSpareLock } from "./spare-lock.ts";
import { updateSpare } from "./update-spare.ts";

export interface PublishTreeOptions {
  /** The published folder; `<output>.spare` beside it is the site published before it. */
  output: string;
  /** This build's staging folder, holding every file written in this build. */
  staging: string;
  /** Where the live site goes while the new one takes its place. */
  previous: string;
  /** What this build publishes. */
  manifest: Manifest;
  /** For an incremental build: the live site's manifest and the files (relative paths) kept from it. */
  live?: { manifest: Manifest; kept: string[] } | undefined;
  /** Where the time goes: putting the tree together, the swap, removing what is no longer needed. */
  timings: StepTiming[];
}

/** How the new site was put together, and what that cost. */
export interface PublishedTree {
  /** "spare": the spare tree updated in place; "linked": every kept file linked into the staging folder; "fresh": all written in this build. */
  how: "spare" | "linked" | "fresh";
  moved: number;
  linked: number;
  removed: number;
}

/** Two manifests from the same code, settings, other content files and site-wide data: their keys mean the same bytes. */
const sameInputs = (a: Manifest, b: Manifest) => JSON.stringify(a.inputs) === JSON.stringify(b.inputs);

/**
 * Puts the new site together and swaps it in by renaming, keeping the site it replaces as the
 * spare tree for the next build. An incremental build updates the spare in place (update-spare.ts):
 * its cost follows what changed, not the site's size. Without a usable spare (the first
 * incremental build, another build holding the lock) every kept file is hard-linked into the
 * staging folder instead. The spare is kept only while its inputs match the live site's, so that
 * the next build can trust what its manifest says; otherwise it is removed.
 */
export async function publishTree({ output, staging, previous, manifest, live, timings }: PublishTreeOptions): Promise<PublishedTree> {
  const spare = `${output}.spare`;
  let from = mark();
  const release = takeSpareLock(output);
  try {
    let tree = staging;
    let done: PublishedTree = { how: "fresh", moved: 0, linked: 0, removed: 0 };
    if (live) {
      const spareManifest = release ? readManifest(spare).manifest : undefined;
      if (spareManifest && sameInputs(spareManifest, live.manifest)) {
        done = { how: "spare", ...updateSpare({ spare, spareManifest, live: output, liveManifest: live.manifest, staging, manifest }) };
        await rm(staging, { recursive: true, force: true }); // only the folders its files were moved out of
        tree = spare;
      } else {
        done = { how: "linked", moved: 0, linked: linkUnchanged(output, staging, live.kept), removed: 0 };
      }
    }
    await writeManifest(tree, manifest);
    timings.push(between(`assemble (${done.how}: ${done.moved} moved, ${done.linked} linked, ${done.removed} removed)`, from));
    from = mark();
    const replaced = readManifest(output).manifest;
    if (existsSync(output)) await rename(output, previous);
    await rename(tree, output);
    timings.push(between("swap", from));
    from = mark();
    if (release && replaced && sameInputs(replaced, manifest) && tree !== spare) await rm(spare, { recursive: true, force: true });
    if (release && replaced && sameInputs(replaced, manifest)) await rename(previous, spare);
    else {
      await rm(previous, { recursive: true, force: true });
      const spareManifest = release && existsSync(spare) ? readManifest(spare).manifest : undefined;
      if (release && existsSync(spare) && !(spareManifest && sameInputs(spareManifest, manifest))) await rm(spare, { recursive: true, force: true });
    }
    timings.push(between("cleanup", from));
    return done;
  } finally {
    release?.();
  }
}
