/**
 * The page frame at every text size and width, in Chromium on the portal fixture: 长者模式 keeps a
 * wrapping row of 60 px menu targets at desktop width; the header search box is never narrower than
 * its button (the button wraps below instead); labels and the footer's words never break inside
 * (特大 at 320 px); the 网站地图's heading links are targets of the site's size (44 px, 60 px in 长者模式).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { portalInChromium } from "../support/portal-in-chromium.ts";
import { textModes } from "../support/reading-aid-modes.ts";

const portal = portalInChromium();

const widths = [320, 375, 768, 1280];
/** Each text size and mode as the reading aids write it on <html>. */
const modes = textModes;

/** Opens `path` at `width` and puts the mode on <html>, as the reading-aids script does. */
async function open(path: string, width: number, attributes: Record<string, string>): Promise<void> {
  await portal.tab.setViewport({ width, height: 800 });
  await portal.tab.goto(portal.url + path);
  await portal.tab.evaluate((set) => {
    for (const name of ["data-xc-text", "data-xc-elder", "data-xc-contrast", "data-xc-pointer"]) document.documentElement.removeAttribute(name);
    for (const [name, value] of Object.entries(set)) document.documentElement.setAttribute(name, value);
  }, attributes);
}

/**
 * The words of `words` that the page shows broken over lines inside `selector`: each found in a
 * text node (the first occurrence), measured as a range, whose boxes must all stand on one line.
 */
function brokenWords(selector: string, words: string[]): Promise<string[]> {
  return portal.tab.evaluate(
    (selector, words) => {
      const root = document.querySelector(selector);
      if (!root) return [`${selector} is missing`];
      const broken: string[] = [];
      for (const word of words) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        let found = false;
        while ((node = walker.nextNode())) {
          const at = node.textContent!.indexOf(word);
          if (at < 0) continue;
          found = true;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`「${word}」 over ${tops.size} lines`);
          break;
        }
        if (!found) broken.push(`「${word}」 not found in ${selector}`);
      }
      return broken;
    },
    selector,
    words,
  );
}

describe("the page frame at every text size and width", () => {
  it("keeps the 长者模式 menu a wrapping row of 60 px targets at desktop width, the content on the first screen", async () => {
    for (const width of [1024, 1280]) {
      await open("/tzgg/2025/notice-water/", width, { "data-xc-text": "large", "data-xc-elder": "on" });
      const links = await portal.tab.$$eval(".xc-nav__link", (list) => list.map((a) => { const r = a.getBoundingClientRect(); return { name: a.textContent, top: r.top, width: r.width, height: r.height }; }));
      assert.ok(links.length >= 5, `${links.length} menu items`);
      const rows = new Set(links.map((l) => l.top)).size;
      assert.ok(rows < links.length / 2, `${width} px: the menu stands in ${rows} rows for ${links.length} items, not a column`);
      for (const l of links) assert.ok(l.width >= 60 && l.height >= 60, `${width} px: ${l.name} is ${l.width}×${l.height}`);
      const body = await portal.tab.$eval(".xc-article__body", (b) => b.getBoundingClientRect().top);
      assert.ok(body < 800, `${width} px: the article body starts at ${body}px, below the first screen`);
    }
  });

  it("never makes the header search box narrower than its button: the button wraps below it instead", async () => {
    const squeezed: string[] = [];
    for (const width of widths) {
      for (const mode of modes) {
        await open("/", width, mode.attributes);
        const form = await portal.tab.$eval(".xc-search-form", (f) => {
          const input = f.querySelector("input")!.getBoundingClientRect();
          const button = f.querySelector("button")!.getBoundingClientRect();
          return { input: input.width, button: button.width, right: Math.max(input.right, button.right), below: button.top >= input.bottom };
        });
        if (form.input < form.button) squeezed.push(`${width} px ${mode.name}: box ${form.input}px, button ${form.button}px`);
        if (form.right > width) squeezed.push(`${width} px ${mode.name}: the form ends at ${form.right}px`);
      }
    }
    assert.deepEqual(squeezed, []);
  });

  it("keeps labels and the footer's words whole at 320 px in 特大 and 长者模式", async () => {
    const footerWords = ["主办：", "承办：", "地址：", "邮编：100032", "电话：12345", "政府网站标识码：1101020002", "京ICP备19014909号-1", "京公网安备11010202007633号"];
    const broken: string[] = [];
    for (const mode of modes.filter((m) => m.name !== "标准" && m.name !== "大")) {
      const check = async (path: string, selector: string, words: string[]) => {
        await open(path, 320, mode.attributes);
        for (const problem of await brokenWords(selector, words)) broken.push(`${mode.name} ${path} ${selector}: ${problem}`);
      };
      await check("/tzgg/2025/notice-water/", ".xc-article__meta", ["发布日期", "来源"]);
      await check("/tzgg/2025/notice-water/", ".xc-footer", footerWords);
      await check("/zcwj/2025/elderly-subsidy-2025/", ".xc-doc-info", ["索引号", "发文机关", "发文字号", "成文日期", "发布日期", "主题分类", "有效性"]);
      await check("/zwfw/bszn/portal-residence/", ".xc-item-date", ["更新日期："]);
    }
    assert.deepEqual(broken, []);
  });

  it("makes the 网站地图's heading links targets of 44 px, 60 px in 长者模式", async () => {
    const small: string[] = [];
    for (const width of [320, 1280]) {
      for (const [mode, attributes, least] of [["标准", { "data-xc-text": "standard" }, 44], ["长者模式", { "data-xc-text": "large", "data-xc-elder": "on" }, 60]] as const) {
        await open("/sitemap/", width, attributes);
        const links = await portal.tab.$$eval("main :is(h2, h3) a", (list) => list.map((a) => { const r = a.getBoundingClientRect(); return { name: a.textContent, width: r.width, height: r.height }; }));
        assert.ok(links.length >= 10, `${links.length} heading links`);
        for (const l of links) if (l.width < least || l.height < least) small.push(`${width} px ${mode}: ${l.name} ${l.width}×${l.height}`);
      }
    }
    assert.deepEqual(small, []);
  });
});
