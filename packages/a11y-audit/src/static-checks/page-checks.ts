import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import type { PageCheck } from "../config/audit-config.ts";
import type { AuditPage, Finding } from "../types.ts";

/**
 * Runs the site's own page checks (audit.config.ts `pageChecks`) on each built page.
 * A check that throws is a finding too: a check never passes by not running.
 */
export async function runPageChecks(folder: string, pages: readonly AuditPage[], checks: readonly PageCheck[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (checks.length === 0) return findings;
  for (const page of pages) {
    const html = await readFile(join(folder, page.file), "utf8");
    const $ = cheerio.load(html);
    for (const { tool, check } of checks) {
      try {
        for (const problem of await check({ path: page.path, file: page.file, html, $ })) findings.push({ ...problem, tool, mode: "static", page: page.path });
      } catch (error) {
        findings.push({ tool, mode: "static", page: page.path, rule: "page-check-failed", message: `The ${tool} check threw: ${String(error).split("\n")[0]}` });
      }
    }
  }
  return findings;
}
