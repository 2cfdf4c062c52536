import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { searchIndexFolder } from "../../lib/site/reserved-names.ts";
import type { BuildContext } from "../build-site.ts";
import type { SearchPartRecord } from "../manifest/manifest.ts";
import { between, mark } from "../measure/step-timings.ts";
import { listSiteFiles } from "../site-files.ts";
import type { SearchPart } from "./index-part.ts";
import { indexParts } from "./index-parts.ts";
import { maxIndexedPageText, type SearchIndexOptions } from "./pagefind-options.ts";
import { searchPartOf } from "./search-part-of.ts";
import { searchRecord } from "./search-record.ts";
import { writePartsList } from "./write-parts-list.ts";

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The build's search step: indexes the pages that mark a `data-pagefind-body`, in parts
 * (search-part-of.ts), into `<folder>/pagefind/`. Each page's record (what Pagefind reads of it,
 * search-record.ts) is taken from the HTML just rendered, never read back from disk; a part whose
 * pages' records are all as the previous build indexed them is reused as it is (its files are
 * linked from the published site), and only the others are indexed, two at a time. A part being
 * rebuilt reads the records of its unchanged pages from the published site.
 */
export async function indexBuiltSite(folder: string, build: BuildContext, options: Partial<SearchIndexOptions> = {}): Promise<void> {
  const { bundleFolder, language, maxPageText } = { bundleFolder: searchIndexFolder, language: "zh-cn", maxPageText: maxIndexedPageText, ...options };
  const from = mark();
  const { manifest, session } = build;
  const fresh = new Map<string, string>();
  for (const [url, html] of build.html) {
    const record = searchRecord(html, maxPageText);
    const page = manifest.pages[url];
    if (!page) continue;
    if (record) {
      fresh.set(url, record);
      page.search = sha1(record);
    } else delete page.search;
  }
  const members = new Map<string, string[]>();
  for (const [url, page] of Object.entries(manifest.pages)) {
    if (!page.search) continue;
    const id = searchPartOf(url);
    members.set(id, [...(members.get(id) ?? []), url]);
  }
  const bundle = join(folder, bundleFolder);
  const previousParts = session.previous?.manifest.search?.parts ?? {};
  const parts: Record<string, SearchPartRecord> = {};
  const toIndex: SearchPart[] = [];
  for (const id of [...members.keys()].sort(byText)) {
    const urls = members.get(id)!.sort(byText);
    const key = sha1(urls.map((url) => `${url} ${manifest.pages[url]!.search}`).join("\n"));
    const previous = previousParts[id];
    if (session.previous && previous?.key === key) {
      parts[id] = previous;
      build.reuse.push(...previous.files);
      continue;
    }
    const recordOf = (url: string) => fresh.get(url) ?? searchRecord(readFileSync(join(session.previous!.site, manifest.pages[url]!.file), "utf8"), maxPageText)!;
    toIndex.push({ id, outputPath: join(bundle, id), records: urls.map((url) => [url, recordOf(url)]) });
    parts[id] = { key, files: [] };
  }
  const { pagefindCpuMs } = await indexParts(toIndex, language);
  for (const part of toIndex) parts[part.id]!.files = listSiteFiles(part.outputPath).map((file) => `${bundleFolder}/${part.id}/${file}`);
  await writePartsList(bundle, `/${bundleFolder}/`, Object.keys(parts));
  manifest.search = { parts };
  build.timings.push(between(`search index (${toIndex.length} of ${Object.keys(parts).length} parts)`, from, mark(), pagefindCpuMs));
}
