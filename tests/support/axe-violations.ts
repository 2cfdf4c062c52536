import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** WCAG 2.2 AA: axe's tags for every A and AA rule up to 2.2. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe-core (injected from the project's own copy) on the page in its current state and
 * returns one line per violation and element: `rule: help (selector)`. `tags` are the rules run
 * (WCAG 2.2 AA by default); `exclude` lists selectors left out, each needing its reason where used.
 */
export async function axeViolations(page: Page, options: { tags?: string[]; exclude?: string[] } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async (tags, exclude) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ exclude: exclude.map((selector) => [selector]) }, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(" ")})`));
    },
    options.tags ?? wcagTags,
    options.exclude ?? [],
  );
}
