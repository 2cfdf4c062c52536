import { searchIndexFolder } from "../../lib/site/reserved-names.ts";
import type { Manifest } from "../manifest/manifest.ts";
import { partsFileName } from "../search/pagefind-options.ts";

/**
 * Every file a manifest says its site holds (relative paths), each with its version: a string
 * that is equal in two sites' manifests only if the file's bytes are (given the same code,
 * settings and content keys), or undefined for a file rendered in every build, whose bytes no
 * key vouches for. A page of a paginated template: its template and page-object hash; a search
 * part's file: the part's hash.
 */
export function manifestFiles(manifest: Manifest): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  for (const page of Object.values(manifest.pages)) files.set(page.file, page.key ? `${page.template}\n${page.key}` : undefined);
  if (manifest.search) {
    for (const [id, part] of Object.entries(manifest.search.parts)) for (const file of part.files) files.set(file, `part ${id} ${part.key}`);
    files.set(`${searchIndexFolder}/${partsFileName}`, undefined);
  }
  return files;
}
