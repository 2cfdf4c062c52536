import type { Finding } from "../types.ts";
import type { AuditResult } from "./audit-result.ts";

export interface RuleCount {
  tool: string;
  rule: string;
  wcag: string[];
  count: number;
  pages: string[];
}

/** Findings counted by tool and rule, most frequent first. */
export function countByRule(findings: readonly Finding[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const finding of findings) {
    const key = `${finding.tool}\u0000${finding.rule}`;
    const entry = counts.get(key) ?? { tool: finding.tool, rule: finding.rule, wcag: finding.wcag ?? [], count: 0, pages: [] };
    entry.count++;
    if (!entry.pages.includes(finding.page)) entry.pages.push(finding.page);
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

/** Findings counted by page, most first. */
export function countByPage(findings: readonly Finding[]): { page: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.page, (counts.get(finding.page) ?? 0) + 1);
  return [...counts.entries()].map(([page, count]) => ({ page, count })).sort((a, b) => b.count - a.count || a.page.localeCompare(b.page));
}

/** Short description of a page's problems for its progress line: "ok" or "3 problems (color-contrast ×2, …)". */
export function describeProblems(findings: readonly Finding[]): string {
  if (findings.length === 0) return "ok";
  const rules = countByRule(findings).map((r) => (r.count > 1 ? `${r.rule} ×${r.count}` : r.rule));
  return `${findings.length} problem${findings.length === 1 ? "" : "s"} (${rules.slice(0, 4).join(", ")}${rules.length > 4 ? ", …" : ""})`;
}

/** The summary printed at the end of a run: by rule, by page, stale exceptions, verdict. */
export function formatSummary(result: AuditResult): string[] {
  const lines: string[] = [];
  const { findings } = result;
  if (findings.length) {
    lines.push("", "Problems by rule:");
    for (const r of countByRule(findings)) {
      lines.push(`  ${String(r.count).padStart(4)}  ${r.tool} ${r.rule}${r.wcag.length ? ` (WCAG ${r.wcag.join(", ")})` : ""} on ${r.pages.length} page(s)`);
    }
    lines.push("", "Problems by page:");
    for (const p of countByPage(findings)) lines.push(`  ${String(p.count).padStart(4)}  ${p.page}`);
  }
  if (result.staleExceptions.length) {
    lines.push("", "Stale exceptions (they match nothing; remove them):");
    for (const e of result.staleExceptions) lines.push(`  ${e.source}: ${e.rule} on ${e.pages}`);
  }
  if (result.excepted.length) lines.push("", `${result.excepted.length} finding(s) accepted by exceptions.`);
  if (result.cache) {
    const { hits, misses, dir, full } = result.cache;
    const why = !dir ? "cache off" : full ? "--full: cache not read" : `cache ${dir}/`;
    lines.push("", `Cache: ${hits.length} hit(s), ${misses.length} miss(es) audited (${why}); cached findings count as fresh ones.`);
  }
  const verdict = result.passed ? "PASSED" : "FAILED";
  lines.push(
    "",
    `Audit ${verdict}: ${result.pages.length} pages${result.shard ? ` (shard ${result.shard.index}/${result.shard.count})` : ""}, ${result.modes.length} display modes, ${findings.length} problem(s), ` +
      `${result.staleExceptions.length} stale exception(s), in ${result.durationSeconds.toFixed(1)} s.`,
  );
  return lines;
}
