/** Small puppeteer helpers shared by the reading-aids tests. */
import type { Page } from "puppeteer-core";
import { inPage } from "./in-page.ts";

export type Activation = "click" | "Enter" | "Space";
export const activations: Activation[] = ["click", "Enter", "Space"];

/** Presses a control the way a reader would: with the mouse, or focused and pressed with Enter or Space. */
export async function activate(page: Page, selector: string, how: Activation = "click"): Promise<void> {
  if (how === "click") {
    await page.click(selector);
  } else {
    await page.focus(selector);
    await page.keyboard.press(how);
  }
}

/** Evaluates an expression with the in-page measuring functions defined. */
export function measure<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`${inPage}\n(${expression})`) as Promise<T>;
}

export interface Looks {
  bodyFontPx: number;
  paragraphFontPx: number;
  lineHeightPx: number;
  paragraphGapPx: number;
  bodyBackground: string;
  htmlCursor: string;
  linkCursor: string;
  attributes: Record<string, string>;
  pressed: Record<string, string | null>;
  status: string;
}

/** The computed styles and states the tests compare. */
export function looks(page: Page): Promise<Looks> {
  return measure<Looks>(page, `(function () {
    var p = document.querySelector("main p:not(.xc-visually-hidden)");
    var ps = getComputedStyle(p);
    var attributes = {};
    Array.prototype.forEach.call(document.documentElement.attributes, function (a) { if (a.name.indexOf("data-xc-") === 0) attributes[a.name] = a.value; });
    var pressed = {};
    Array.prototype.forEach.call(document.querySelectorAll(".xc-aids button[aria-pressed]"), function (b) { pressed[b.textContent.trim()] = b.getAttribute("aria-pressed"); });
    var status = document.querySelector(".xc-aids [role=status]");
    return {
      bodyFontPx: parseFloat(getComputedStyle(document.body).fontSize),
      paragraphFontPx: parseFloat(ps.fontSize),
      lineHeightPx: parseFloat(ps.lineHeight),
      paragraphGapPx: parseFloat(ps.marginBottom),
      bodyBackground: getComputedStyle(document.body).backgroundColor,
      htmlCursor: getComputedStyle(document.documentElement).cursor,
      linkCursor: getComputedStyle(document.querySelector("main a[href]")).cursor,
      attributes: attributes,
      pressed: pressed,
      status: status ? status.textContent : ""
    };
  })()`);
}

/** Sizes of every target that is not a link inside running text. */
export function targetSizes(page: Page): Promise<{ what: string; width: number; height: number }[]> {
  return measure(page, `xcTargets().filter(function (el) { return getComputedStyle(el).display !== "inline"; }).map(function (el) {
    var r = el.getBoundingClientRect();
    return { what: xcDescribe(el), width: r.width, height: r.height };
  })`);
}

/** Tabs through the page from the top, recording each focused element's text contrast and focus ring. */
export async function focusWalk(page: Page, limit = 80): Promise<{ what: string; ratio: number; outline: string; boxShadow: string }[]> {
  await page.evaluate("document.activeElement && document.activeElement.blur(); window.xcFirstFocus = null; window.scrollTo(0, 0)");
  const seen: { what: string; ratio: number; outline: string; boxShadow: string }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const step = await measure<{ what: string; ratio: number; outline: string; boxShadow: string } | null>(page, `(function () {
      var el = document.activeElement;
      if (!el || el === document.body || el === window.xcFirstFocus) return null; // left the page or wrapped round
      if (!window.xcFirstFocus) window.xcFirstFocus = el;
      var s = getComputedStyle(el);
      return { what: xcDescribe(el), ratio: xcRatio(s.color, xcBackground(el)), outline: s.outlineStyle + " " + s.outlineWidth + " " + s.outlineColor, boxShadow: s.boxShadow };
    })()`);
    if (!step) break;
    seen.push(step);
  }
  return seen;
}
