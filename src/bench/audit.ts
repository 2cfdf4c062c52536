/**
 * `npm run bench:audit [-- --folder _site] [--sample 20] [--repeats 3]`: the audit
 * throughput section of `npm run bench` on its own, on a built site (see
 * src/bench/audit/bench-audit.ts): pa11y-ci at its defaults vs pa11y-ci as the audit
 * configures it, our axe-core pass in every mode and the whole audit, on the same pages.
 * A benchmark, not a test: the machine is shared, so compare ratios, not absolute numbers.
 */
import { parseArgs } from "node:util";
import { auditTable, auditTargets } from "./audit/audit-table.ts";
import { benchAudit } from "./audit/bench-audit.ts";
import { targetTable } from "./report/format-table.ts";
import { ensureBuilt, loadAuditConfig } from "a11y-audit";

const { values } = parseArgs({
  options: { folder: { type: "string", default: "_site" }, sample: { type: "string", default: "20" }, repeats: { type: "string", default: "3" } },
});
const sampleSize = Number(values.sample);
const repeats = Number(values.repeats);
if (!Number.isInteger(sampleSize) || sampleSize < 1 || !Number.isInteger(repeats) || repeats < 1) {
  console.error("usage: npm run bench:audit -- [--folder DIR] [--sample N] [--repeats N]");
  process.exit(2);
}
const { config } = await loadAuditConfig(); // the site's audit.config.ts: how to build it
if (values.folder === config.folder && config.build) await ensureBuilt(config.folder, config.build, console.log);
const bench = await benchAudit({ folder: values.folder, sampleSize, repeats });
console.log(`\n${auditTable(bench)}\n\n${targetTable(auditTargets(bench))}`);
