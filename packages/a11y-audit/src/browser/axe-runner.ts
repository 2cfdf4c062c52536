import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";
import type { DisplayMode } from "../config/display-modes.ts";
import { criteriaFromAxeTags } from "../report/wcag-criteria.ts";
import type { Finding } from "../types.ts";

/** What axe-core runs: rule tags, and extra rules beyond them (e.g. AAA's color-contrast-enhanced). */
export interface AxeOptions {
  tags: readonly string[];
  rules: Readonly<Record<string, { enabled: boolean }>>;
}

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

/**
 * Runs axe-core in the loaded page and turns each failing element into a finding.
 * The extra rules are left out in a mode that says so (forced colours: the reader's palette).
 */
export async function runAxe(page: Page, where: { page: string; mode: DisplayMode }, axe: AxeOptions): Promise<Finding[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (tags, rules) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: "tag", values: tags }, rules, resultTypes: ["violations"] })
        .then((results) => results.violations),
    [...axe.tags],
    where.mode.extraAxeRules === false ? {} : { ...axe.rules },
  )) as AxeViolation[];
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      tool: "axe" as const,
      mode: where.mode.name,
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
