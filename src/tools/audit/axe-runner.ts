import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";
import type { Finding } from "./types.ts";
import { criteriaFromAxeTags } from "./wcag-criteria.ts";

/** WCAG 2.2 AA and axe's best practices (pa11y's own axe runner stops at WCAG 2.1). */
export const axeTags: readonly string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Rules beyond the tags: color-contrast-enhanced (WCAG 1.4.6, AAA) holds the site to the
 * 7:1 text contrast it promises its elderly readers (适老化), not only AA's 4.5:1.
 * Not in forced-colours mode: there the colours are the reader's system palette, not ours
 * (Chromium's default SelectedItem blue gives white text 5.4:1), and AA still applies.
 */
export const axeExtraRules: Readonly<Record<string, { enabled: boolean }>> = { "color-contrast-enhanced": { enabled: true } };

/** The top-level axe-core package's browser build, injected into each page. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  help: string;
  helpUrl: string;
  impact?: string;
  tags: string[];
  nodes: AxeNode[];
}

/** Runs axe-core in the loaded page and turns each failing element into a finding. */
export async function runAxe(page: Page, where: { page: string; mode: string }): Promise<Finding[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (tags, rules) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: "tag", values: tags }, rules, resultTypes: ["violations"] })
        .then((results) => results.violations),
    [...axeTags],
    where.mode === "forced-colors" ? {} : axeExtraRules,
  )) as AxeViolation[];
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      tool: "axe" as const,
      mode: where.mode,
      page: where.page,
      rule: violation.id,
      message: node.failureSummary ? `${violation.help}. ${node.failureSummary.replace(/\s+/g, " ")}` : violation.help,
      selector: node.target.map(String).join(" "),
      html: node.html,
      wcag: criteriaFromAxeTags(violation.tags),
      helpUrl: violation.helpUrl,
      impact: violation.impact ?? undefined,
    })),
  );
}
