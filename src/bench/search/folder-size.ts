import { statSync } from "node:fs";
import { join } from "node:path";
import { listSiteFiles } from "../../publish/site-files.ts";

/** Bytes and file count of the files under `folder` whose relative path passes `include`. */
export function folderSize(folder: string, include: (path: string) => boolean = () => true): { bytes: number; files: number } {
  const files = listSiteFiles(folder).filter(include);
  return { bytes: files.reduce((sum, file) => sum + statSync(join(folder, file)).size, 0), files: files.length };
}
