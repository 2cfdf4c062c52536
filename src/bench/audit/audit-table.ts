import { table } from "../report/format-table.ts";
import type { Target } from "../report/targets.ts";
import type { AuditBench } from "./bench-audit.ts";

/** The audit throughput as a table: seconds, pages/s, page audits/s and the ratio to pa11y-ci's defaults. */
export function auditTable(bench: AuditBench): string {
  const baseline = bench.ways[0]!;
  const rows: (string | number)[][] = [["way", "median s", "pages/s", "audits/page", "audits/s", "audits/s ÷ baseline", "pages/s ÷ baseline", "findings"]];
  for (const way of bench.ways) {
    rows.push([
      way.name,
      way.seconds.toFixed(1),
      way.pagesPerSecond.toFixed(2),
      way.auditsPerPage,
      way.auditsPerSecond.toFixed(2),
      (way.auditsPerSecond / baseline.auditsPerSecond).toFixed(2),
      (way.pagesPerSecond / baseline.pagesPerSecond).toFixed(2),
      way.findings,
    ]);
  }
  return table(rows);
}

/** Issue 7's audit targets (time ratios: reported, not enforced, on a shared machine). */
export function auditTargets(bench: AuditBench): Target[] {
  return [
    { name: "axe pass audits/s ÷ pa11y-ci defaults", measured: bench.axeVsPa11yDefaults, limit: 5, unit: "×", met: bench.axeVsPa11yDefaults >= 5, deterministic: false, atLeast: true },
    { name: "whole audit pages/s ÷ pa11y-ci defaults", measured: bench.fullAuditVsPa11yDefaults, limit: 2, unit: "×", met: bench.fullAuditVsPa11yDefaults >= 2, deterministic: false, atLeast: true },
  ];
}
