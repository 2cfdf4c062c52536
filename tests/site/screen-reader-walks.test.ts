/**
 * Screen-reader walks: a virtual screen reader (tests/support/screen-reader.ts) reads each kind of
 * page of a built site from top to bottom in Chromium, and the tests check what a blind user hears:
 * the skip link first, a few landmarks each named once, the heading outline, toggles with their
 * state, the search's result count, 「第N页，共M页」 once. The last tests change pages on purpose
 * (chatty, reordered) and show that the same checks then fail.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import { generatedSite } from "../support/shared-build.ts";
import { headings, heard, landmarks, timesHeard, walk, walkProblems } from "../support/screen-reader.ts";

let browser: Browser;
let server: StaticServer;
let tab: Page;
let removeContent = () => {};

before(async () => {
  const site = await generatedSite(300); // shared with the 网站地图 and pagination tests: channels of several pages
  removeContent = site.remove;
  server = await serveStatic(site.output);
  browser = await launchChromium();
  tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  removeContent();
});

/** The file's tab at `path`, with no saved reading-aid choices. */
async function open(path: string): Promise<Page> {
  await tab.goto(`${server.url}${path}`);
  await tab.evaluate(() => localStorage.clear());
  await tab.goto(`${server.url}${path}`);
  return tab;
}

/** Fails with every problem of the walk, and the walk itself to read. */
function assertSound(log: string[], problems = walkProblems(log)): void {
  assert.deepEqual(problems, [], `what was heard:\n${heard(log).join("\n")}`);
}

/** Fails unless `text` is heard exactly once. */
function assertHeardOnce(log: string[], text: string): void {
  assert.equal(timesHeard(log, text), 1, `“${text}” heard ${timesHeard(log, text)} times:\n${heard(log).filter((p) => p.includes(text)).join("\n")}`);
}

/** The address of the first article of a channel's first page. */
async function firstArticle(channel: string): Promise<string> {
  await open(`/${channel}/`);
  return tab.$eval("main .xc-article-list a[href]", (a) => a.getAttribute("href")!);
}

describe("what a screen-reader user hears", () => {
  it("on the home page: the skip link, a few landmarks, one h1, and the reading aids' toggles with their state", async () => {
    const log = await walk(await open("/"));
    assertSound(log);
    const phrases = heard(log);
    assert.ok(phrases.includes("button, 长者模式, not pressed"), "长者模式 is heard as a toggle that is off");
    assert.ok(phrases.includes("button, 标准, pressed"));
    await tab.click('[data-xc-toggle="elder"]');
    const after = heard(await walk(tab));
    assert.ok(after.includes("button, 长者模式, pressed"), "and as on once pressed");
  });

  it("on an article: the title as the one h1 right after main starts, and 朗读 with its buttons' availability", async () => {
    const path = await firstArticle("gzdt");
    const log = await walk(await open(path));
    assertSound(log);
    const title = await tab.$eval("main h1", (h) => h.textContent!.trim());
    assert.deepEqual(headings(heard(log))[0], [1, title]);
    assert.ok(heard(log).includes("button, 朗读全文, not disabled"));
    assert.ok(heard(log).includes("button, 暂停, disabled"));
  });

  it("on a channel's page 2: 「第2页，共N页」 heard once", async () => {
    const log = await walk(await open("/gzdt/page/2/"));
    assertSound(log);
    const count = /第2页，共(\d+)页/.exec(heard(log).join("\n"))?.[1];
    assert.ok(count, "the page says which page of how many it is");
    assertHeardOnce(log, `第2页，共${count}页`);
  });

  it("on a channel's page 2: the current page said once, by the link's state", async () => {
    const log = await walk(await open("/gzdt/page/2/"));
    const current = heard(log).filter((p) => p.startsWith("link, ") && (p.includes("current page") || p.includes("当前页")));
    assert.equal(current.length, 1, current.join("\n"));
    assert.doesNotMatch(current[0]!, /当前页.*current page|current page.*当前页/, `当前页 said twice: ${current[0]}`);
  });

  it("on the 搜索 page with results: the form, then the result count once, then the results", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("街道")}`);
    await page.waitForFunction(() => /找到 \d+ 条/.test(document.getElementById("xc-search-status")!.textContent!), { timeout: 20_000 });
    const log = await walk(page);
    assertSound(log);
    const phrases = heard(log);
    const count = phrases.findIndex((p) => /^heading, 找到 \d+ 条与“街道”相关的结果。, level 2$/.test(p));
    assert.ok(count > 0, "the count is heard as a heading");
    assertHeardOnce(log, "条与“街道”相关的结果");
    assert.ok(phrases.indexOf("searchbox, 要搜索的词语, 街道") < count, "after the form, which holds the query");
    assert.ok(phrases.findIndex((p) => /^heading, .+, level 3$/.test(p)) > count, "before the results");
    assert.ok(phrases.some((p) => /^radio, 全部栏目, checked/.test(p)), "the channel choice is heard with its state");
    assert.ok(!phrases.some((p) => p.includes("<")), "no markup is read out (a <noscript> is not rendered while scripts run)");
  });

  it("on 订阅: the feeds as headings, not a landmark each", async () => {
    const log = await walk(await open("/subscribe/"));
    assertSound(log);
    assert.deepEqual(landmarks(heard(log)).filter((m) => m.startsWith("region, ")), ["region, 阅读辅助"]);
  });

  it("on the 网站地图: the skip link, one h1 and an outline without gaps", async () => {
    const log = await walk(await open("/sitemap/"));
    assertSound(log);
  });

  it("on the 网站地图: few landmarks, and year links that say which channel they belong to", async () => {
    const log = await walk(await open("/sitemap/"));
    assertSound(log);
    const links = heard(log).filter((p) => /^link, .*\d{4}年.*（从第\d+页起）/.test(p));
    assert.ok(links.length > 1);
    assert.equal(new Set(links).size, links.length, `year links named alike:\n${links.join("\n")}`);
  });
});

describe("the walks fail on a page made chatty or out of order", () => {
  it("fails when the skip link is not the first thing heard", async () => {
    const page = await open("/");
    await page.evaluate(() => document.body.append(document.querySelector(".xc-skip-link")!));
    assert.match(walkProblems(await walk(page)).join("\n"), /the skip link is not heard first/);
  });

  it("fails when the title no longer opens the main content", async () => {
    const page = await open(await firstArticle("gzdt"));
    await page.evaluate(() => document.querySelector("main")!.append(document.querySelector("main h1")!));
    assert.match(walkProblems(await walk(page)).join("\n"), /the main content does not open with the level-1 heading/);
  });

  it("fails when a heading skips a level", async () => {
    const page = await open("/subscribe/");
    await page.evaluate(() => document.querySelector("main h2")!.insertAdjacentHTML("afterend", "<h4>多出来的小标题</h4>"));
    assert.match(walkProblems(await walk(page)).join("\n"), /heading “多出来的小标题” is level 4 after level 2/);
  });

  it("fails when every feed becomes a region named by its own heading", async () => {
    const page = await open("/subscribe/");
    await page.evaluate(() => {
      for (const card of Array.from(document.querySelectorAll(".xc-feed-card"))) card.setAttribute("aria-labelledby", card.querySelector("h3")!.id);
    });
    const problems = walkProblems(await walk(page)).join("\n");
    assert.match(problems, /landmark “region, 工作动态” is named by the heading heard right after it/);
    assert.match(problems, /\d+ landmarks \(at most 9\)/);
  });

  it("fails when a landmark is heard twice", async () => {
    const page = await open("/");
    await page.evaluate(() => document.body.append(document.querySelector("nav[aria-label]")!.cloneNode(true)));
    assert.match(walkProblems(await walk(page)).join("\n"), /landmark heard more than once: navigation, /);
  });

  it("fails when a toggle loses its state", async () => {
    const page = await open("/");
    await page.evaluate(() => document.querySelector('[data-xc-toggle="elder"]')!.removeAttribute("aria-pressed"));
    assert.match(walkProblems(await walk(page)).join("\n"), /toggle heard without its state: button, 长者模式/);
  });

  it("fails when 「第2页，共N页」 is said twice", async () => {
    const page = await open("/gzdt/page/2/");
    const said = await page.$eval("main h1 .xc-h1-note", (note) => note.textContent!.replace(/[（）]/g, ""));
    await page.evaluate((text) => document.querySelector(".xc-pagination")!.insertAdjacentHTML("afterbegin", `<p>${text}</p>`), said);
    const log = await walk(page);
    assert.equal(timesHeard(log, said), 2);
    assert.throws(() => assertHeardOnce(log, said), /heard 2 times/);
  });
});
