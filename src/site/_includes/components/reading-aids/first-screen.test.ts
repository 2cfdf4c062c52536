/**
 * On a phone the page comes first: at 320 and 375 px the 阅读辅助 bar is folded into one
 * 「阅读辅助」 line that names what is switched on, so the page's title starts on the first screen
 * (640 / 667 px) in the default look and within 1.5 screens in 长者模式 and with 特大 text, on the
 * home page, an article, a channel page and the 搜索 page of the portal fixture. Unfolded, each
 * labelled group of buttons stays on one line. On a wide screen the bar is open as before.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { portalInChromium } from "../../../../../tests/support/portal-in-chromium.ts";
import { storageKey } from "./site-fixture.ts";

const portal = portalInChromium();

const phones = [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
];
const pages = { 首页: "/", 文章: "/tzgg/2025/notice-water/", 栏目: "/tzgg/", 搜索: "/search/" };
/** Each mode as the reader's saved choices, and how many screens down the title may start. */
const modes = [
  { name: "默认", choices: {}, screens: 1, chosen: "" },
  { name: "长者模式", choices: { text: "large", elder: true }, screens: 1.5, chosen: "：长者模式" },
  { name: "特大", choices: { text: "xlarge" }, screens: 1.5, chosen: "：特大字号" },
  { name: "长者模式 + 特大 + 高对比度", choices: { text: "xlarge", elder: true, contrast: "high" }, screens: 1.5, chosen: "：特大字号、长者模式、高对比度" },
];

/** Opens `path` at a size with the saved choices in force from the first paint, as a returning reader sees it. */
async function visit(path: string, size: { width: number; height: number }, choices: object): Promise<void> {
  await portal.tab.setViewport(size);
  await portal.tab.goto(portal.url + "/about/");
  await portal.tab.evaluate((key, value) => localStorage.setItem(key, value), storageKey, JSON.stringify(choices));
  await portal.tab.goto(portal.url + path);
}

/** The top of the page's first heading a reader sees, from the top of the page: its h1, or on the home page (whose h1 is visually hidden) the first h2. */
const titleTop = () =>
  portal.tab.evaluate(() => {
    const h1 = document.querySelector("main h1")!;
    const seen = h1.classList.contains("xc-visually-hidden") ? document.querySelector("main h2")! : h1;
    return seen.getBoundingClientRect().top + window.scrollY;
  });

describe("the first screen on a phone", () => {
  for (const size of phones) {
    for (const mode of modes) {
      it(`starts the title within ${mode.screens} screen${mode.screens > 1 ? "s" : ""} at ${size.width} px in ${mode.name} on the home page, an article, a channel page and 搜索`, async () => {
        const late: string[] = [];
        for (const [name, path] of Object.entries(pages)) {
          await visit(path, size, mode.choices);
          const top = await titleTop();
          if (top >= mode.screens * size.height) late.push(`${name} ${path}: ${Math.round(top)}px = ${(top / size.height).toFixed(2)} screens`);
        }
        assert.deepEqual(late, []);
      });
    }
  }

  it("folds the bar into one 「阅读辅助」 summary that names what is switched on, and opens it on a press", async () => {
    for (const size of phones) {
      for (const mode of modes) {
        await visit(pages.文章, size, mode.choices);
        const folded = await portal.tab.$eval(".xc-aids details", (d) => ({ open: (d as HTMLDetailsElement).open, summary: (d.querySelector("summary") as HTMLElement).innerText.replace(/\s+/g, ""), buttons: d.querySelectorAll("button").length, shown: Array.from(d.querySelectorAll("button")).filter((b) => b.checkVisibility()).length }));
        assert.deepEqual(folded, { open: false, summary: `阅读辅助${mode.chosen}`, buttons: folded.buttons, shown: 0 }, `${size.width} px ${mode.name}`);
        await portal.tab.click(".xc-aids summary");
        const opened = await portal.tab.$eval(".xc-aids details", (d) => ({ open: (d as HTMLDetailsElement).open, shown: Array.from(d.querySelectorAll("button")).filter((b) => b.checkVisibility()).length }));
        assert.deepEqual(opened, { open: true, shown: folded.buttons }, `${size.width} px ${mode.name}: every control shows once opened`);
      }
    }
    const region = await portal.tab.$("#xc-aids");
    const summary = (await portal.tab.accessibility.snapshot({ root: region!, interestingOnly: true }))?.children?.find((node) => node.name?.startsWith("阅读辅助"));
    assert.equal(summary?.expanded, true, "the summary says it is expanded");
  });

  it("keeps each labelled group of buttons (字号, 朗读, 语速) on one line, inside the screen, in every mode", async () => {
    const broken: string[] = [];
    for (const size of phones) {
      for (const mode of modes) {
        await visit(pages.文章, size, mode.choices);
        await portal.tab.click(".xc-aids summary");
        const groups = await portal.tab.$$eval(".xc-aids__buttons", (list) =>
          list.map((group) => {
            const boxes = Array.from(group.querySelectorAll("button")).filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect());
            return { name: group.previousElementSibling!.textContent!, tops: boxes.map((r) => Math.round(r.top)), right: Math.max(...boxes.map((r) => r.right)), lines: boxes.map((r) => Math.round(r.height)) };
          }),
        );
        for (const g of groups) {
          if (new Set(g.tops).size > 1) broken.push(`${size.width} px ${mode.name}: ${g.name} breaks over lines ${g.tops.join(" ")}`);
          if (g.right > size.width) broken.push(`${size.width} px ${mode.name}: ${g.name} ends at ${g.right}px`);
        }
        const wrappedNames = await portal.tab.$$eval(".xc-aids button", (list) => list.filter((b) => b.checkVisibility() && b.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(b).lineHeight) + 12).map((b) => b.textContent));
        for (const name of wrappedNames) broken.push(`${size.width} px ${mode.name}: 「${name}」 wraps inside its button`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it("leaves the bar open on a wide screen, before and after the script runs", async () => {
    await visit(pages.文章, { width: 1280, height: 800 }, {});
    assert.equal(await portal.tab.$eval(".xc-aids details", (d) => (d as HTMLDetailsElement).open), true);
    await portal.tab.setViewport({ width: 375, height: 667 });
    await portal.tab.waitForFunction(() => !document.querySelector<HTMLDetailsElement>(".xc-aids details")!.open);
    await portal.tab.setViewport({ width: 1280, height: 800 });
    await portal.tab.waitForFunction(() => document.querySelector<HTMLDetailsElement>(".xc-aids details")!.open);
  });
});
