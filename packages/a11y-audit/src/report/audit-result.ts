import type { AuditException } from "../exceptions/exceptions.ts";
import type { AuditPage, Finding } from "../types.ts";

/** Everything one audit run found; what the report and results.json are written from. */
export interface AuditResult {
  startedAt: string;
  durationSeconds: number;
  /** The built folder that was audited. */
  folder: string;
  pages: AuditPage[];
  modes: { name: string; description: string }[];
  /** The site's own page checks that ran (audit.config.ts `pageChecks`). */
  pageChecks?: { tool: string; description: string }[];
  /** Findings that fail the audit (not covered by an exception). */
  findings: Finding[];
  /** Findings an exception covers, with the exception. */
  excepted: { finding: Finding; exception: AuditException }[];
  /** Exceptions that matched nothing: they fail the audit too. */
  staleExceptions: AuditException[];
  passed: boolean;
  /** Which pages the cache answered and which were audited (all misses when the cache was off or --full). */
  cache?: { dir: string | null; full: boolean; hits: string[]; misses: string[] };
  /** The shard audited (`--shard K/N`); absent when every page was. */
  shard?: { index: number; count: number };
}
