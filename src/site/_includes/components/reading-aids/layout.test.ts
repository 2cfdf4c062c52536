/**
 * At 320 CSS px (a small phone, or 1280 px at 400% zoom) every page stays in one
 * column without sideways scrolling and without overlapping targets, in every text
 * step and mode. Long URLs and words wrap.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { measure } from "./aids-page.ts";
import { fixtureArticleUrl, startSite, type SiteFixture } from "./site-fixture.ts";
import { textModes, type ReadingAidMode } from "../../../../../tests/support/reading-aid-modes.ts";

let site: SiteFixture;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const modes: ReadingAidMode[] = [
  ...textModes,
  { name: "高对比度 + 特大", attributes: { "data-xc-text": "xlarge", "data-xc-contrast": "high" } },
];

describe("layout at 320 px", () => {
  it("has no horizontal scrolling and no overlapping targets on any page in any text step or mode", async () => {
    const page = await site.freshPage({ width: 320, height: 640 });
    const problems: string[] = [];
    assert.ok(site.pages.length >= 8, `pages: ${site.pages.join(" ")}`);
    for (const path of site.pages) {
      await page.goto(site.url(path));
      for (const mode of modes) {
        await page.evaluate((attributes) => {
          for (const name of ["data-xc-text", "data-xc-elder", "data-xc-contrast", "data-xc-pointer"]) document.documentElement.removeAttribute(name);
          for (const [name, value] of Object.entries(attributes)) document.documentElement.setAttribute(name, value);
        }, mode.attributes);
        const result = await measure<{ scrollWidth: number; width: number; wide: string[]; overlaps: string[] }>(page, `(function () {
          var width = document.documentElement.clientWidth;
          var wide = Array.prototype.filter.call(document.body.querySelectorAll("*"), function (el) {
            var r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5) && !el.closest(".xc-visually-hidden, .xc-skip-link");
          }).map(xcDescribe);
          return { scrollWidth: document.documentElement.scrollWidth, width: width, wide: wide, overlaps: xcOverlaps() };
        })()`);
        if (result.scrollWidth > result.width) problems.push(`${path} ${mode.name}: page is ${result.scrollWidth}px wide`);
        for (const what of result.wide) problems.push(`${path} ${mode.name}: ${what} sticks out`);
        for (const pair of result.overlaps) problems.push(`${path} ${mode.name}: overlap ${pair}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it("wraps a long URL inside the text column at the largest step", async () => {
    const page = await site.freshPage({ width: 320, height: 640 });
    await page.goto(site.url(fixtureArticleUrl));
    await page.evaluate(() => document.documentElement.setAttribute("data-xc-text", "xlarge"));
    const box = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll(".xc-article__body p")).find((el) => el.textContent!.includes("https://"))!;
      const r = p.getBoundingClientRect();
      return { right: r.right, lines: Math.round(r.height / parseFloat(getComputedStyle(p).lineHeight)) };
    });
    assert.ok(box.right <= 320, `paragraph ends at ${box.right}px`);
    assert.ok(box.lines > 5, `the URL paragraph wraps over ${box.lines} lines`);
  });
});
