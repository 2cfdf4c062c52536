import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Bytes and file count of the files under `folder` whose relative path passes `include`. */
export function folderSize(folder: string, include: (path: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    const stats = statSync(join(folder, entry));
    if (stats.isFile() && include(entry)) {
      bytes += stats.size;
      files += 1;
    }
  }
  return { bytes, files };
}
