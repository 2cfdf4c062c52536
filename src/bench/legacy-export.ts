/**
 * `npm run generate:legacy-export -- <folder> [--pages 300] [--seed N]`: writes a deterministic
 * folder of synthetic old-site pages in every lead style the old site used (see
 * generate/legacy-export.ts), to try `npm run import:legacy` on. Fictional text; never committed.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateLegacyExport, leadStyles } from "./generate/legacy-export.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { pages: { type: "string", default: "300" }, seed: { type: "string", default: "20250307" } } });
const [folder] = positionals;
const pages = Number(values.pages);
if (!folder || existsSync(folder) || !Number.isInteger(pages) || pages < 1) {
  console.error("usage: npm run generate:legacy-export -- <new folder> [--pages 300] [--seed N]");
  process.exit(2);
}
const written = generateLegacyExport({ folder, pages, seed: Number(values.seed) });
const count = (outcome: string) => written.pages.filter((p) => p.outcome === outcome).length;
console.log(`Wrote ${written.pages.length} pages into ${folder}/ in ${Object.keys(leadStyles).length} lead styles: ${count("clean")} should import cleanly, ${count("doubtful")} with a warning, ${count("undated")} need a date.`);
