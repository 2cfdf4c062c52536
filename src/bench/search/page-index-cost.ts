import * as pagefind from "pagefind";

/**
 * The median time, in milliseconds, Pagefind takes to index one page's HTML (add it to a fresh
 * index, in Chinese), over `runs` runs. Writing the index files is left out: it is shared by all
 * pages of a site.
 */
export async function pageIndexCost(url: string, html: string, runs: number): Promise<number> {
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: "zh-cn" });
      if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
      const started = performance.now();
      const added = await index.addHTMLFile({ url, content: html });
      times.push(performance.now() - started);
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
