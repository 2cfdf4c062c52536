import { linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { Manifest } from "../manifest/manifest.ts";
import { manifestFile } from "../manifest/manifest.ts";
import { manifestFiles } from "./manifest-files.ts";

/** Every file under `folder`, as relative paths with /. */
function filesIn(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Removes a file and then every folder above it that it leaves empty, up to `root`. */
function removeAndPrune(root: string, file: string): void {
  rmSync(join(root, file), { force: true });
  for (let folder = dirname(file); folder !== "." && folder !== ""; folder = dirname(folder)) {
    try {
      rmdirSync(join(root, folder));
    } catch {
      return; // not empty (or gone): the folders above are not empty either
    }
  }
}

export interface SpareUpdate {
  /** The spare tree: the site published before the live one, as its manifest describes it. */
  spare: string;
  spareManifest: Manifest;
  /** The live site and its manifest. */
  live: string;
  liveManifest: Manifest;
  /** The folder holding the files written in this build (Eleventy's pages, rebuilt search parts). */
  staging: string;
  /** The manifest of the site this build publishes. */
  manifest: Manifest;
}

/**
 * Turns the spare tree into the site this build publishes, touching only what differs, so an
 * incremental build costs what changed, not the size of the site. The spare is not served;
 * its manifest is removed first, so a build stopped half-way leaves a spare no build trusts.
 * Files written in this build are moved in from the staging folder (a rename replaces a name,
 * never writes into a file the live site shares); files kept from the live site that the spare
 * holds in another version (changed by the build before this one) are hard-linked from it; files
 * the new site no longer has are removed, with the folders they leave empty. Returns what it did.
 */
export function updateSpare({ spare, spareManifest, live, liveManifest, staging, manifest }: SpareUpdate): { moved: number; linked: number; removed: number } {
  rmSync(manifestFile(spare), { force: true });
  const fresh = filesIn(staging);
  const freshSet = new Set(fresh);
  const inSpare = manifestFiles(spareManifest);
  const inLive = manifestFiles(liveManifest);
  const wanted = manifestFiles(manifest);
  const folders = new Set<string>();
  const place = (file: string) => {
    const folder = dirname(join(spare, file));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    return join(spare, file);
  };
  let linked = 0;
  let removed = 0;
  for (const file of fresh) renameSync(join(staging, file), place(file));
  for (const [file, version] of wanted) {
    if (freshSet.has(file)) continue;
    if (version !== undefined && inSpare.get(file) === version) continue; // the spare has these very bytes
    if (inLive.get(file) !== version) throw new Error(`${file} is neither written by this build nor kept from the live site`);
    rmSync(join(spare, file), { force: true });
    linkSync(join(live, file), place(file));
    linked += 1;
  }
  for (const file of inSpare.keys()) {
    if (wanted.has(file) || freshSet.has(file)) continue;
    removeAndPrune(spare, file);
    removed += 1;
  }
  return { moved: fresh.length, linked, removed };
}
