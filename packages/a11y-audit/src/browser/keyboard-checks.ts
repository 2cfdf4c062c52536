import type { Page } from "puppeteer-core";
import type { Finding } from "../types.ts";
import { focusIsInMain, inspectFocus, snapshotFocusStyles } from "./keyboard-in-page.ts";

/** More Tab stops than a page should have; reaching it means focus never came back round. */
const maxTabStops = 500;

/**
 * Keyboard checks on a page freshly loaded by `reload`: the first Tab reaches a
 * skip link into <main>, following it puts focus in <main>; then every element
 * Tab reaches shows a focus indicator, is on screen, and comes later in the
 * document than the one before.
 */
export async function checkKeyboard(tab: Page, where: { page: string; mode: string }, reload: () => Promise<void>): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (finding: Omit<Finding, "tool" | "mode" | "page">) => findings.push({ tool: "keyboard", ...where, ...finding });

  await reload();
  await tab.evaluate(snapshotFocusStyles);
  let stops = 0;
  for (; stops < maxTabStops; stops++) {
    await tab.keyboard.press("Tab");
    const step = await tab.evaluate(inspectFocus);
    if (stops === 0 && step.skipLinkTarget !== "main") {
      add({
        rule: "skip-link-first",
        message: step.element
          ? `The first Tab reaches ${step.element.selector}, not a skip link to the main content`
          : "The first Tab reaches nothing: there is no skip link",
        selector: step.element?.selector,
        html: step.element?.html,
        wcag: ["2.4.1"],
      });
    }
    if (!step.element || step.repeated) break;
    const where = { selector: step.element.selector, html: step.element.html };
    if (!step.indicator) add({ rule: "focus-not-visible", message: "Focused by Tab, the element looks the same as unfocused (no outline, box-shadow, background or border change)", ...where, wcag: ["2.4.7"] });
    if (!step.inViewport) add({ rule: "focus-off-screen", message: "Focused by Tab, the element is not (wholly) inside the viewport", ...where, wcag: ["2.4.11"] });
    if (step.backwards) add({ rule: "tab-order-backwards", message: "Tab moves focus here, backwards in the document from the previous stop", ...where, wcag: ["2.4.3"] });
  }
  if (stops === maxTabStops) add({ rule: "focus-never-leaves", message: `Focus did not come back round after ${maxTabStops} Tab presses`, wcag: ["2.1.2"] });

  await reload();
  await tab.evaluate(snapshotFocusStyles);
  await tab.keyboard.press("Tab");
  const first = await tab.evaluate(inspectFocus);
  if (first?.skipLinkTarget === "main") {
    await tab.keyboard.press("Enter");
    const after = await tab.evaluate(focusIsInMain);
    if (!after.inMain) {
      add({ rule: "skip-link-target", message: `Following the skip link leaves focus on ${after.active}, not inside <main>`, selector: first.element?.selector, wcag: ["2.4.1"] });
    }
  }
  return findings;
}
