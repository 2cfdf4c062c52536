import { join } from "node:path";
import type { SearchPart } from "./index-part.ts";
import { searchPartOf } from "./search-part-of.ts";

/** Pages' search records ([URL, record HTML]) grouped into their parts (search-part-of.ts), each part in `bundle`/<id>/, ordered by id; records by URL. */
export function groupIntoParts(records: Iterable<[url: string, html: string]>, bundle: string): SearchPart[] {
  const parts = new Map<string, SearchPart>();
  for (const [url, html] of records) {
    const id = searchPartOf(url);
    if (!parts.has(id)) parts.set(id, { id, outputPath: join(bundle, id), records: [] });
    parts.get(id)!.records.push([url, html]);
  }
  for (const part of parts.values()) part.records.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...parts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
