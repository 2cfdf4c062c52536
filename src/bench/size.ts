/**
 * `npm run bench:size`: the shipped size of the reading-aid JavaScript and of all the site's
 * CSS, gzipped, against the budgets of the reading-aids issue (JS ≤ 4 KB, CSS ≤ 10 KB).
 * The files are measured as shipped (no minifier runs in the build). Exits 1 over budget.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSize } from "./gzip-size.ts";

const siteFolder = "src/site";
const budgets = [
  { name: "reading-aid JavaScript", files: ["src/site/assets/reading-aids.js"], budget: 4 * 1024 },
  {
    name: "all CSS of the site",
    files: readdirSync(siteFolder, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".css")).map((f) => join(siteFolder, f)).sort(),
    budget: 10 * 1024,
  },
];

let over = false;
for (const { name, files, budget } of budgets) {
  const sizes = files.map((file) => ({ file, ...gzipSize(file) }));
  for (const s of sizes) console.log(`  ${s.file}: ${s.raw} B raw, ${s.gzip6} B gzip -6, ${s.gzip9} B gzip -9`);
  const total = sizes.reduce((sum, s) => sum + s.gzip6, 0);
  const ratio = total / budget;
  console.log(`${name}: ${total} B gzipped (level 6) = ${(ratio * 100).toFixed(1)}% of the ${budget / 1024} KB budget${ratio > 1 ? "  OVER BUDGET" : ""}`);
  if (ratio > 1) over = true;
}
process.exit(over ? 1 : 0);
