import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { partsFileName } from "./pagefind-options.ts";

/**
 * Writes `bundle`/parts.json, the list the search page reads: the URL folder of every part, in id
 * order (`{ "parts": ["/pagefind/gzdt.2024/", …] }`). The page loads Pagefind from the first and
 * merges the others into it. `bundleUrl` is where the bundle is served (/pagefind/).
 */
export async function writePartsList(bundle: string, bundleUrl: string, ids: string[]): Promise<void> {
  await mkdir(bundle, { recursive: true });
  const parts = [...ids].sort().map((id) => `${bundleUrl}${id}/`);
  await writeFile(join(bundle, partsFileName), `${JSON.stringify({ parts })}\n`);
}
