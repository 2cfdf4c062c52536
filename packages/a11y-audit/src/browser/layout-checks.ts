import type { Page } from "puppeteer-core";
import { type DisplayMode, targetSizeOf } from "../config/display-modes.ts";
import type { Finding } from "../types.ts";
import { findClippedText, findHorizontalOverflow, findOverlappingText, findSmallTargets, readableText } from "./in-page.ts";

export interface LayoutContext {
  page: string;
  mode: DisplayMode;
  /** The page's text with JavaScript on, for the no-JavaScript comparison. */
  textWithJavaScript: string[] | undefined;
  /** Controls shown only with their script, left out of that comparison. */
  scriptOnlyControls: string | null;
}

/** Runs the layout checks the display mode asks for on the loaded page. */
export async function runLayoutChecks(tab: Page, { page, mode, textWithJavaScript, scriptOnlyControls }: LayoutContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (finding: Omit<Finding, "tool" | "mode" | "page">) => findings.push({ tool: "layout", mode: mode.name, page, ...finding });

  for (const check of mode.checks) {
    if (check === "no-horizontal-scroll") {
      const overflow = await tab.evaluate(findHorizontalOverflow);
      if (overflow) {
        const first = overflow.offenders[0];
        add({
          rule: "horizontal-scroll",
          message: `The page scrolls sideways: ${overflow.scrollWidth} px of content in a ${overflow.viewportWidth} px wide viewport${first ? `; sticking out: ${overflow.offenders.map((o) => o.selector).join(", ")}` : ""}`,
          selector: first?.selector,
          html: first?.html,
          wcag: ["1.4.10"],
        });
      }
    } else if (check === "no-clipped-text") {
      for (const clipped of await tab.evaluate(findClippedText)) {
        add({ rule: "clipped-text", message: `Text is cut off: ${clipped.detail}`, selector: clipped.selector, html: clipped.html, wcag: ["1.4.4", "1.4.12"] });
      }
    } else if (check === "no-overlapping-text") {
      for (const overlap of await tab.evaluate(findOverlappingText)) {
        add({
          rule: "overlapping-text",
          message: `Text overlaps other text: ${overlap.detail} (${overlap.first.selector} / ${overlap.second.selector})`,
          selector: overlap.second.selector,
          html: overlap.second.html,
          wcag: ["1.4.12"],
        });
      }
    } else if (targetSizeOf(check) !== undefined) {
      const min = targetSizeOf(check)!;
      for (const target of await tab.evaluate(findSmallTargets, min)) {
        add({ rule: `target-below-${min}px`, message: `A control is ${target.detail}; this mode asks for at least ${min}×${min} CSS px`, selector: target.selector, html: target.html, wcag: ["2.5.5"] });
      }
    } else if (check === "content-as-with-javascript") {
      if (!textWithJavaScript) throw new Error(`display mode ${mode.name}: no earlier mode with JavaScript recorded the page's text`);
      const without = new Set(await tab.evaluate(readableText, scriptOnlyControls));
      const missing = textWithJavaScript.filter((line) => !without.has(line));
      if (missing.length) {
        add({
          rule: "content-needs-javascript",
          message: `${missing.length} line(s) of text only appear with JavaScript, e.g. “${missing.slice(0, 3).join("”, “")}”`,
          wcag: ["4.1.2"],
        });
      }
    }
  }
  return findings;
}
