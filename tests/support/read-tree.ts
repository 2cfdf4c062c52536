import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteFiles } from "./site-files.ts";

/** Every file of a folder with its bytes, keyed by site path. */
export function readTree(folder: string): Map<string, Buffer> {
  return new Map(siteFiles(folder).map((path) => [path, readFileSync(join(folder, path))]));
}
