/**
 * `npm run bench:size`: the shipped size of the reading-aid JavaScript and of the site's one
 * stylesheet, gzipped, against the budgets of the reading-aids issue (JS ≤ 4 KB, CSS ≤ 10 KB).
 * Both are measured as the build ships them: bundled and minified by the assets plugin
 * (src/eleventy/assets/), from the same sources with the same options. Exits 1 over budget.
 */
import { bundleScript } from "../eleventy/assets/bundle-script.ts";
import { bundleStylesheet } from "../eleventy/assets/bundle-stylesheet.ts";
import { defaults } from "../eleventy/assets/options.ts";
import { gzipSizeOf } from "./gzip-size.ts";

const readingAids = defaults.scripts.find((script) => script.url === "/assets/reading-aids.js")!;
const budgets = [
  { name: "reading-aid JavaScript", url: readingAids.url, bytes: await bundleScript(readingAids), budget: 4 * 1024 },
  { name: "all CSS of the site", url: defaults.stylesheet.url, bytes: bundleStylesheet(defaults.stylesheet.entry), budget: 10 * 1024 },
];

let over = false;
for (const { name, url, bytes, budget } of budgets) {
  const size = gzipSizeOf(bytes);
  console.log(`  ${url}: ${size.raw} B raw, ${size.gzip6} B gzip -6, ${size.gzip9} B gzip -9`);
  const ratio = size.gzip6 / budget;
  console.log(`${name}: ${size.gzip6} B gzipped (level 6) = ${(ratio * 100).toFixed(1)}% of the ${budget / 1024} KB budget${ratio > 1 ? "  OVER BUDGET" : ""}`);
  if (ratio > 1) over = true;
}
process.exit(over ? 1 : 0);
