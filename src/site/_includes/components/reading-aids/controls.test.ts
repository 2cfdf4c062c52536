/**
 * Each reading-aid control in real Chromium: pressed with the mouse and with the keyboard it
 * changes the computed styles as the issue specifies, sets aria-pressed, survives a
 * navigation to another page, and 重置 undoes it.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "puppeteer-core";
import { activate, activations, focusWalk, looks, measure, targetSizes, type Activation, type Looks } from "./aids-page.ts";
import { legacyArticleUrl, startSite, storageKey, type SiteFixture } from "./site-fixture.ts";

let site: SiteFixture;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const reset = ".xc-aids [data-xc-reset]";

/** The text a reader sees, without the status announcement. */
const visibleText = `document.body.innerText.replace(document.querySelector(".xc-aids [role=status]").textContent, "").replace(/\\s+/g, "")`;

/** The file's tab, reset: no saved choices, at an article. */
const freshPage = (path = legacyArticleUrl): Promise<Page> => site.freshPage({ path });

function assertDefaultLooks(now: Looks): void {
  assert.equal(now.bodyFontPx, 18, "body text is 18px by default");
  assert.equal(now.attributes["data-xc-text"], "standard");
  assert.equal(now.attributes["data-xc-elder"], undefined);
  assert.equal(now.attributes["data-xc-contrast"], undefined);
  assert.equal(now.attributes["data-xc-pointer"], undefined);
  assert.equal(now.pressed["标准"], "true");
  for (const name of ["大", "特大", "长者模式", "高对比度", "大鼠标"]) assert.equal(now.pressed[name], "false", `${name} is not pressed by default`);
  assert.equal(now.bodyBackground, "rgb(255, 255, 255)");
  assert.equal(now.htmlCursor, "auto");
}

/**
 * Presses the control, checks the mode, navigates to another page and checks again,
 * then presses 重置 and checks that the defaults are back and nothing is saved.
 */
async function exercise(selector: string, how: Activation, check: (page: Page, now: Looks) => Promise<void>): Promise<void> {
  const page = await freshPage();
  assertDefaultLooks(await looks(page));
  await activate(page, selector, how);
  await check(page, await looks(page));
  await page.goto(site.url("/about/"));
  await page.goto(site.url(legacyArticleUrl));
  await check(page, await looks(page));
  await activate(page, reset, how);
  const undone = await looks(page);
  assertDefaultLooks(undone);
  assert.equal(undone.status, "已恢复默认设置");
  assert.equal(await page.evaluate(`localStorage.getItem(${JSON.stringify(storageKey)})`), null, "重置 forgets the saved choices");
  await page.reload();
  assertDefaultLooks(await looks(page));
}

describe("the reading-aids region", () => {
  it("is a labelled region of real buttons with Chinese names, each at least 44×44 px", async () => {
    const page = await freshPage();
    const region = await page.$("#xc-aids");
    assert.ok(region, "the region is on the page");
    const tree = await page.accessibility.snapshot({ root: region!, interestingOnly: true });
    assert.equal(tree?.role, "region");
    assert.equal(tree?.name, "阅读辅助");
    const axButtons: { role: string; name?: string; pressed?: boolean | "mixed" }[] = [];
    const walk = (node: typeof tree) => {
      if (!node) return;
      if (node.role === "button") axButtons.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    const standard = axButtons.find((b) => b.name === "标准");
    assert.ok(standard, `the pressed 标准 button is named without its ✓ (${axButtons.map((b) => b.name).join("、")})`);
    assert.equal(standard.pressed, true, "and exposed as pressed");
    const buttons = await page.$$eval(".xc-aids button", (list) => list.map((b) => ({ tag: b.tagName, name: b.textContent!.trim(), hidden: !(b as HTMLElement).offsetParent })));
    const names = buttons.filter((b) => !b.hidden).map((b) => b.name);
    assert.deepEqual(names, ["标准", "大", "特大", "长者模式", "高对比度", "大鼠标", "重置", "朗读全文", "暂停", "继续", "停止", "慢", "中", "快"]);
    for (const size of await measure<{ what: string; width: number; height: number }[]>(page, `Array.prototype.map.call(document.querySelectorAll(".xc-aids button"), function (b) { var r = b.getBoundingClientRect(); return { what: xcDescribe(b), width: r.width, height: r.height }; })`)) {
      assert.ok(size.width >= 44 && size.height >= 44, `${size.what} is ${size.width}×${size.height}`);
    }
  });
});

describe("字号 (text size)", () => {
  for (const how of activations) {
    it(`大 pressed by ${how} makes body text 24px, is pressed, persists and is undone by 重置`, async () => {
      await exercise('.xc-aids [data-xc-text-step="large"]', how, async (_page, now) => {
        assert.equal(now.bodyFontPx, 24);
        assert.equal(now.paragraphFontPx, 24);
        assert.equal(now.attributes["data-xc-text"], "large");
        assert.equal(now.pressed["大"], "true");
        assert.equal(now.pressed["标准"], "false");
      });
    });
    it(`特大 pressed by ${how} makes body text at least 30px, is pressed, persists and is undone by 重置`, async () => {
      await exercise('.xc-aids [data-xc-text-step="xlarge"]', how, async (page, now) => {
        assert.ok(now.bodyFontPx >= 30, `body text ${now.bodyFontPx}px`);
        assert.equal(now.attributes["data-xc-text"], "xlarge");
        assert.equal(now.pressed["特大"], "true");
        assert.equal(now.pressed["大"], "false");
        // the layout scales with the text: headings, menus and targets are in rem
        const h1 = await page.$eval("h1", (h) => parseFloat(getComputedStyle(h).fontSize));
        assert.ok(h1 > now.bodyFontPx, `the title (${h1}px) stays larger than body text`);
      });
    });
  }

  it("announces the change politely", async () => {
    const page = await freshPage();
    const live = await page.$eval(".xc-aids [role=status]", (el) => el.getAttribute("aria-live") ?? "polite (role=status)");
    assert.match(live, /polite/);
    await page.click('.xc-aids [data-xc-text-step="large"]');
    assert.equal((await looks(page)).status, "已切换为大字号");
  });
});

describe("长者模式 (elder mode)", () => {
  for (const how of activations) {
    it(`pressed by ${how} sets large text, line height ≥ 1.8, paragraph gaps ≥ 1.3 lines, 60px targets, a stronger focus ring and a menu that stays a row of 60px targets, hiding nothing`, async () => {
      const page0 = await freshPage();
      const standardText = await page0.evaluate(visibleText);
      const standardFocus = (await focusWalk(page0, 3))[1]!;
      await exercise('.xc-aids [data-xc-toggle="elder"]', how, async (page, now) => {
        assert.equal(now.attributes["data-xc-elder"], "on");
        assert.equal(now.pressed["长者模式"], "true");
        assert.equal(now.pressed["大"], "true", "the large step is shown as chosen");
        assert.ok(now.bodyFontPx >= 24, `body text ${now.bodyFontPx}px`);
        assert.ok(now.lineHeightPx / now.paragraphFontPx >= 1.8 - 1e-6, `line height ${now.lineHeightPx / now.paragraphFontPx}`);
        assert.ok(now.paragraphGapPx >= 1.3 * now.lineHeightPx, `paragraph gap ${now.paragraphGapPx}px, line ${now.lineHeightPx}px`);
        for (const t of await targetSizes(page)) assert.ok(t.width >= 60 && t.height >= 60, `${t.what} is ${t.width}×${t.height}`);
        // the menu stays a row of 60px targets at a desktop width (a column pushed the content off the first screen, #13)
        const nav = await page.$$eval(".xc-nav__link", (links) => links.map((a) => a.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top })));
        assert.ok(nav.length > 2);
        for (let i = 1; i < nav.length; i++) {
          assert.ok(nav[i]!.top > nav[i - 1]!.top || (nav[i]!.top === nav[i - 1]!.top && nav[i]!.left > nav[i - 1]!.left), "menu items follow each other in reading order");
        }
        assert.equal(nav[1]!.top, nav[0]!.top, "menu items stand side by side, not in one column");
        const main = await page.$eval("main", (m) => m.getBoundingClientRect().top);
        assert.ok(main < 900, `the content starts on the first screen at 1280×900 (${main}px)`);
        assert.ok((await page.evaluate(visibleText)) === standardText, "elder mode hides no text");
        await page.reload();
        const focus = (await focusWalk(page, 3))[1]!;
        assert.match(focus.outline, /^solid (\d+(\.\d+)?)px rgb\(/, `elder focus outline: ${focus.outline}`);
        assert.ok(parseFloat(focus.outline.split(" ")[1]!) >= 4, `outline ${focus.outline}`);
        assert.notEqual(focus.boxShadow, standardFocus.boxShadow, "the ring is drawn differently from the standard one");
        assert.match(standardFocus.outline, /rgba\(0, 0, 0, 0\)/, "the standard outline is the transparent forced-colours fallback");
      });
    });
  }

  it("choosing 标准 text leaves elder mode, so what is pressed is what is seen", async () => {
    const page = await freshPage();
    await page.click('.xc-aids [data-xc-toggle="elder"]');
    await page.click('.xc-aids [data-xc-text-step="standard"]');
    const now = await looks(page);
    assert.equal(now.bodyFontPx, 18);
    assert.equal(now.pressed["长者模式"], "false");
    assert.equal(now.status, "已切换为标准字号，已关闭长者模式");
  });

  it("keeps 特大 text when it is switched on", async () => {
    const page = await freshPage();
    await page.click('.xc-aids [data-xc-text-step="xlarge"]');
    await page.click('.xc-aids [data-xc-toggle="elder"]');
    assert.ok((await looks(page)).bodyFontPx >= 30);
  });
});

describe("高对比度 (high contrast)", () => {
  for (const how of activations) {
    it(`pressed by ${how} gives every text, link, visited link, focused control and the footer at least 7:1`, async () => {
      await exercise('.xc-aids [data-xc-toggle="contrast"]', how, async (page, now) => {
        assert.equal(now.attributes["data-xc-contrast"], "high");
        assert.equal(now.pressed["高对比度"], "true");
        assert.equal(now.bodyBackground, "rgb(0, 0, 0)", "the high-contrast theme is white on black");
        const worst = (await measure<{ what: string; ratio: number }[]>(page, "xcContrasts()")).filter((c) => c.ratio < 7);
        assert.deepEqual(worst, [], "every text element has contrast ≥ 7:1");
        const footer = await measure<{ what: string; ratio: number }[]>(page, `xcContrasts(xcTextElements().filter(function (el) { return el.closest(".xc-footer"); }))`);
        assert.ok(footer.length > 3 && footer.every((c) => c.ratio >= 7), "footer text and links ≥ 7:1");
        // :visited colours are hidden from scripts, so check the theme's visited colour against both backgrounds
        const visited = await measure<number[]>(page, `(function () { var s = getComputedStyle(document.documentElement);
          function c(name) { var d = document.createElement("i"); d.style.color = s.getPropertyValue(name); document.body.appendChild(d); var v = getComputedStyle(d).color; d.remove(); return v; }
          return [xcRatio(c("--xc-link-visited"), c("--xc-bg")), xcRatio(c("--xc-link-visited"), c("--xc-bg-alt"))]; })()`);
        for (const ratio of visited) assert.ok(ratio >= 7, `visited links ${ratio.toFixed(2)}:1`);
        await page.reload();
        const focused = await focusWalk(page);
        assert.ok(focused.length > 15, `walked ${focused.length} focusable elements`);
        for (const f of focused) assert.ok(f.ratio >= 7, `focused ${f.what}: ${f.ratio.toFixed(2)}:1`);
      });
    });
  }

  it("is on by default when the system asks for more contrast, and can be switched off", async () => {
    const page = await freshPage();
    await site.emulateMedia("prefers-contrast", "more");
    await page.reload();
    let now = await looks(page);
    assert.equal(now.bodyBackground, "rgb(0, 0, 0)");
    assert.equal(now.pressed["高对比度"], "true");
    await page.click('.xc-aids [data-xc-toggle="contrast"]');
    now = await looks(page);
    assert.equal(now.bodyBackground, "rgb(255, 255, 255)");
    assert.equal(now.attributes["data-xc-contrast"], "standard");
    assert.equal(now.pressed["高对比度"], "false");
    await page.reload();
    assert.equal((await looks(page)).bodyBackground, "rgb(255, 255, 255)", "the reader's choice wins over the system's");
    await page.click(reset);
    assert.equal((await looks(page)).bodyBackground, "rgb(0, 0, 0)", "重置 goes back to following the system");
  });

  it("in forced-colours mode shows pressed buttons in system colours, still distinct from unpressed ones", async () => {
    const page = await freshPage();
    await site.emulateMedia("forced-colors", "active");
    await page.reload();
    const colours = await page.$$eval(".xc-aids [data-xc-text-step]", (list) => list.map((b) => getComputedStyle(b).backgroundColor));
    assert.notEqual(colours[0], colours[1], `pressed ${colours[0]} vs unpressed ${colours[1]}`);
  });
});

describe("大鼠标 (large pointer)", () => {
  for (const how of activations) {
    it(`pressed by ${how} shows the shipped large SVG cursor, a hand on links, and persists until 重置`, async () => {
      await exercise('.xc-aids [data-xc-toggle="pointer"]', how, async (page, now) => {
        assert.equal(now.attributes["data-xc-pointer"], "large");
        assert.equal(now.pressed["大鼠标"], "true");
        assert.match(now.htmlCursor, /url\("[^"]*\/assets\/cursor-arrow(\.[0-9a-f]{10})?\.svg"\) 6 5, default/); // plain or fingerprinted name
        assert.match(now.linkCursor, /url\("[^"]*\/assets\/cursor-hand(\.[0-9a-f]{10})?\.svg"\) 25 3, pointer/);
        const button = await page.$eval(".xc-aids button", (b) => getComputedStyle(b).cursor);
        assert.match(button, /cursor-hand(\.[0-9a-f]{10})?\.svg/);
        for (const file of ["cursor-arrow.svg", "cursor-hand.svg"]) {
          const svg = await page.evaluate(async (url) => { const r = await fetch(url); return { status: r.status, type: r.headers.get("content-type"), text: await r.text() }; }, `/assets/${file}`);
          assert.equal(svg.status, 200);
          assert.match(svg.type ?? "", /image\/svg\+xml/);
          assert.match(svg.text, /width="64" height="64"/, "a 64px cursor, twice the usual size");
        }
      });
    });
  }

  it("is not offered on a touch-only screen", async () => {
    const page = await freshPage();
    const client = await page.createCDPSession();
    await client.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
    await page.reload();
    assert.equal(await page.$eval('[data-xc-toggle="pointer"]', (b) => getComputedStyle(b).display), "none");
    assert.notEqual(await page.$eval('[data-xc-toggle="elder"]', (b) => getComputedStyle(b).display), "none");
  });
});

describe("several choices together", () => {
  it("are all saved in one localStorage entry and all undone by one 重置", async () => {
    const page = await freshPage();
    for (const s of ['[data-xc-text-step="xlarge"]', '[data-xc-toggle="elder"]', '[data-xc-toggle="contrast"]', '[data-xc-toggle="pointer"]']) await page.click(`.xc-aids ${s}`);
    const saved = JSON.parse((await page.evaluate(`localStorage.getItem(${JSON.stringify(storageKey)})`)) as string);
    assert.deepEqual(saved, { text: "xlarge", elder: true, contrast: "high", pointer: true, rate: "1" });
    await page.goto(site.url("/"));
    const now = await looks(page);
    assert.deepEqual(now.attributes, { "data-xc-text": "xlarge", "data-xc-elder": "on", "data-xc-contrast": "high", "data-xc-pointer": "large" });
    await page.click(reset);
    assertDefaultLooks(await looks(page));
  });

  it("follow a change made in another open tab", async () => {
    const page = await freshPage();
    const other = await page.browserContext().newPage();
    try {
      await other.goto(site.url("/about/"));
      await page.bringToFront(); // a background tab is not rendered, so it cannot be clicked
      await page.click('.xc-aids [data-xc-text-step="large"]');
      await other.bringToFront();
      await other.waitForFunction(`document.documentElement.getAttribute("data-xc-text") === "large"`, { timeout: 5000 });
      assert.equal(await other.$eval('[data-xc-text-step="large"]', (b) => b.getAttribute("aria-pressed")), "true");
      assert.equal(await other.$eval("body", (b) => getComputedStyle(b).fontSize), "24px");
    } finally {
      await other.close();
      await page.bringToFront();
    }
  });

  it("ignores a damaged saved entry and starts from the defaults", async () => {
    const page = await freshPage();
    await page.evaluate(`localStorage.setItem(${JSON.stringify(storageKey)}, "{not json")`);
    await page.reload();
    assertDefaultLooks(await looks(page));
    await page.evaluate(`localStorage.setItem(${JSON.stringify(storageKey)}, JSON.stringify({ text: "huge", elder: "yes", contrast: 1, rate: "9" }))`);
    await page.reload();
    assertDefaultLooks(await looks(page));
  });
});
