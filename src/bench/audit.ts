/**
 * `npm run bench:audit [-- --folder _site] [--sample 20] [--repeats 3]`: the audit
 * throughput section of `npm run bench` on its own, on a built site (see
 * src/bench/audit/bench-audit.ts): pa11y-ci at its defaults vs our pa11y-ci
 * configuration, our axe-core pass in every mode and the whole audit, on the same pages.
 * A benchmark, not a test: the machine is shared, so compare ratios, not absolute numbers.
 */
import { parseArgs } from "node:util";
import { auditTable, auditTargets } from "./audit/audit-table.ts";
import { benchAudit } from "./audit/bench-audit.ts";
import { targetTable } from "./report/format-table.ts";
import { ensureBuilt } from "../tools/audit/ensure-build.ts";

const { values } = parseArgs({
  options: { folder: { type: "string", default: "_site" }, sample: { type: "string", default: "20" }, repeats: { type: "string", default: "3" } },
});
const sampleSize = Number(values.sample);
const repeats = Number(values.repeats);
if (!Number.isInteger(sampleSize) || sampleSize < 1 || !Number.isInteger(repeats) || repeats < 1) {
  console.error("usage: npm run bench:audit -- [--folder DIR] [--sample N] [--repeats N]");
  process.exit(2);
}
if (values.folder === "_site") await ensureBuilt("_site", console.log);
const bench = await benchAudit({ folder: values.folder, sampleSize, repeats });
console.log(`\n${auditTable(bench)}\n\n${targetTable(auditTargets(bench))}`);
