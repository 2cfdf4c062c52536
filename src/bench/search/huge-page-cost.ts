import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite } from "../../publish/build-site.ts";
import { boundIndexedText } from "../../publish/search/bound-indexed-text.ts";
import { maxIndexedPageText } from "../../publish/search/index-site.ts";
import { listSiteFiles } from "../../publish/site-files.ts";
import { generateSite } from "../generate/generate-site.ts";
import { unpunctuatedText } from "../generate/unpunctuated-text.ts";
import { pageIndexCost } from "./page-index-cost.ts";

export interface HugePageCost {
  /** Characters of the huge article's body (about 3 bytes each in UTF-8). */
  hugeChars: number;
  /** Indexing one normal article: the generated article of median size. */
  normalMs: number;
  /** The huge article as indexSite gives it to Pagefind (its text bounded). */
  boundedMs: number;
  boundedRatio: number;
  /** The huge article unbounded, measured on its first `sampleChars` and scaled to its length (the whole takes minutes). */
  sampleChars: number;
  sampleMs: number;
  projectedUnboundedMs: number;
  projectedUnboundedRatio: number;
}

/**
 * What one pathological page costs the search index: a 1.9 MB article of unpunctuated
 * Chinese, against a normal generated article, both built by the real build into `folder`.
 */
export async function hugePageCost(folder: string, runs: number, hugeChars = 630_000, sampleChars = 100_000): Promise<HugePageCost> {
  const contentDir = join(folder, "content");
  generateSite({ articles: 20, folder: contentDir });
  mkdirSync(join(contentDir, "articles/gzdt"), { recursive: true });
  writeFileSync(join(contentDir, "articles/gzdt/huge-unpunctuated.md"), `---\ntitle: 没有标点的长文\nchannel: gzdt\ndate: 2025-05-01\n---\n${unpunctuatedText(hugeChars)}\n`);
  const output = join(folder, "site");
  await buildSite({ output, content: { contentDir } });
  const pages = listSiteFiles(output, ["gzdt/20*/*/index.html"]).map((file) => readFileSync(join(output, file), "utf8"));
  const huge = pages.find((html) => html.includes("<h1>没有标点的长文</h1>"))!;
  const normal = pages.filter((html) => html !== huge).sort((a, b) => a.length - b.length)[Math.floor((pages.length - 1) / 2)]!;
  const normalMs = await pageIndexCost("/normal/", boundIndexedText(normal, maxIndexedPageText), runs);
  const boundedMs = await pageIndexCost("/huge/", boundIndexedText(huge, maxIndexedPageText), runs);
  const sampleMs = await pageIndexCost("/sample/", boundIndexedText(huge, sampleChars), runs);
  const projectedUnboundedMs = (sampleMs * hugeChars) / sampleChars;
  const ratio = (ms: number) => Number((ms / normalMs).toFixed(1));
  return { hugeChars, normalMs, boundedMs, boundedRatio: ratio(boundedMs), sampleChars, sampleMs, projectedUnboundedMs, projectedUnboundedRatio: ratio(projectedUnboundedMs) };
}
