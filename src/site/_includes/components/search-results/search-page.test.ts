/**
 * The 搜索 page and the header search form, in real Chromium, on a fixture site built with the
 * real post-build steps (so the Pagefind index is the one `npm run build` makes).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, ConsoleMessage, Page } from "puppeteer-core";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import { listSiteFiles } from "../../../../publish/site-files.ts";
import { fixtureSite, seedTitle } from "../../../../../tests/publish/search/search-fixture.ts";
import { deployedCsp } from "../../../../../tests/support/deployed-csp.ts";

/** The policy deploy/nginx.conf sends: Pagefind's WebAssembly needs 'wasm-unsafe-eval', nothing else. */
const strictCsp = deployedCsp();

let browser: Browser;
let server: StaticServer;
let site: { output: string };

before(async () => {
  site = { output: await fixtureSite() };
  server = await serveStatic(site.output);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

let tab: Page | undefined;

/**
 * The file's one tab, reused by every test, and the uncaught script errors it reports from now on.
 * Each test's first goto starts it afresh.
 */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  tab ??= await browser.newPage();
  const errors: string[] = [];
  tab.removeAllListeners("pageerror");
  tab.on("pageerror", (error) => errors.push(String(error)));
  return { page: tab, errors };
}

/** The search address for a query (and channel). */
function searchUrl(q: string, channel?: string): string {
  const params = new URLSearchParams({ q });
  if (channel) params.set("channel", channel);
  return `${server.url}/search/?${params}`;
}

/** Waits until the live region has said something that includes `text`; returns what it says. */
async function statusSays(page: Page, text: string): Promise<string> {
  await page.waitForFunction((t) => document.getElementById("xc-search-status")!.textContent!.includes(t), { timeout: 20_000 }, text);
  return page.$eval("#xc-search-status", (e) => e.textContent!);
}

/**
 * A small proxy in front of the static server that can change each response's headers, or answer
 * 404 when `edit` returns null: to send the site with a policy, or without its index.
 */
async function startProxy(edit: (path: string, headers: Record<string, string>) => Record<string, string> | null): Promise<StaticServer> {
  const proxy = createServer(async (request, response) => {
    const upstream = await fetch(`${server.url}${request.url}`);
    const received: Record<string, string> = {};
    upstream.headers.forEach((value, name) => (received[name] = value));
    const headers = edit(request.url!, received);
    if (!headers) return void response.writeHead(404).end();
    response.writeHead(upstream.status, headers);
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

interface ShownResult {
  title: string;
  href: string;
  meta: string;
  marks: string[];
  excerpt: string;
}

/** The results as a reader sees them. */
function results(page: Page): Promise<ShownResult[]> {
  return page.$$eval("#xc-search-results > li", (items) =>
    items.map((item) => ({
      title: item.querySelector("h3 a")!.textContent!,
      href: item.querySelector("h3 a")!.getAttribute("href")!,
      meta: item.querySelector(".xc-search-results__meta")!.textContent!,
      marks: Array.from(item.querySelectorAll("mark"), (m) => m.textContent!),
      excerpt: item.querySelector(".xc-search-results__excerpt")!.textContent!,
    })),
  );
}

describe("the 搜索 page", () => {
  test("finds the seed article when a reader searches 西城, with channel, date and the word marked", async () => {
    const { page, errors } = await openPage();
    await page.goto(searchUrl("西城"));
    const said = await statusSays(page, "条与“西城”相关的结果");
    const found = await results(page);
    const seed = found.find((r) => r.title === seedTitle);
    assert.ok(seed, `the seed article is among the results: ${JSON.stringify(found.map((r) => r.title))}`);
    assert.equal(seed.href, "/gzdt/2025/000-4ff78243f4312f31/");
    assert.match(seed.meta, /工作动态/);
    assert.match(seed.meta, /2025年3月7日/);
    assert.ok(seed.marks.includes("西城"), `西城 is marked in the excerpt: ${seed.excerpt}`);
    assert.match(said, new RegExp(`找到 ${found.length} 条`));
    assert.equal(await page.$eval("#xc-search-q", (e) => (e as HTMLInputElement).value), "西城");
    assert.deepEqual(errors, []);
  });

  test("finds a two-character word that only occurs inside a longer compound", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("入学")); // the article says 义务教育入学登记; its title does not contain 入学
    await statusSays(page, "找到 1 条");
    const [enrolment] = await results(page);
    assert.equal(enrolment!.title, "关于做好2025年义务教育阶段学生登记工作的通知");
    assert.ok(enrolment!.marks.includes("入学"));
    await page.goto(searchUrl("养老")); // 居家养老服务驿站, 社区养老服务补贴
    await statusSays(page, "找到 2 条");
  });

  test("narrows the results to one channel when the reader picks it and sends the form, keeping focus where it was", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("养老"));
    await statusSays(page, "找到 2 条");
    const address = page.url();
    await page.$eval("#xc-search-status h2", (h) => h.setAttribute("data-test-first", "")); // a new search would replace it
    await page.focus('input[name="channel"][value=""]');
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown"); // 工作动态, 通知公告, 政策文件: no search per arrow key
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), "zcwj");
    assert.equal(await page.$$eval("#xc-search-status h2[data-test-first]", (h) => h.length), 1, "moving through the channels runs no search and announces nothing");
    assert.equal(page.url(), address);
    await page.keyboard.press("Enter"); // sends the form
    const said = await statusSays(page, "在“政策文件”栏目中找到 1 条");
    assert.match(said, /与“养老”相关的结果/);
    assert.deepEqual((await results(page)).map((r) => r.title), ["西城区高龄老人津贴发放办法"]);
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), "zcwj", "focus stays on the radio button");
    assert.match(page.url(), /channel=zcwj/);
    await page.goto(searchUrl("养老", "gzdt")); // the filter in the address works too
    await statusSays(page, "在“工作动态”栏目中找到 1 条");
    assert.deepEqual((await results(page)).map((r) => r.title), ["德胜街道新增一处助餐点"]);
  });

  test("finds only pages that contain every word searched for, not pages that share a character with it", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("不存在的词xyz")); // 的 and 在 are on nearly every page
    await statusSays(page, "没有找到与“不存在的词xyz”相关的结果");
    assert.equal(await page.$$eval("#xc-search-results > li", (items) => items.length), 0);
    await page.goto(searchUrl("养老 补贴")); // two words: both must be there
    await statusSays(page, "找到 1 条");
    assert.deepEqual((await results(page)).map((r) => r.title), ["西城区高龄老人津贴发放办法"]);
    await page.goto(searchUrl("街道"));
    await statusSays(page, "找到 14 条");
    for (const result of await results(page)) assert.ok(result.title.includes("街道") || result.marks.includes("街道"), `${result.title}: ${result.excerpt}`);
  });

  test("shows excerpts of the body without the title, with 「…」 where the text was cut", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("入学"));
    await statusSays(page, "找到 1 条");
    const [enrolment] = await results(page);
    assert.ok(!enrolment!.excerpt.includes(enrolment!.title), `no title in the excerpt: ${enrolment!.excerpt}`);
    assert.doesNotMatch(enrolment!.excerpt, /\. /, "no Latin full stop joining title and body");
    assert.match(enrolment!.excerpt, /^各学校、各位家长/);
    await page.goto(searchUrl("西城"));
    await statusSays(page, "条与“西城”相关的结果");
    const seed = (await results(page)).find((r) => r.title === seedTitle)!;
    assert.ok(!seed.excerpt.startsWith(seedTitle), seed.excerpt);
    assert.match(seed.excerpt, /…$/, `a long article's excerpt ends in 「…」: ${seed.excerpt}`);
  });

  test("says so when a query finds nothing, and points to the 网站地图", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("熊猫")); // neither character occurs in any article
    const said = await statusSays(page, "没有找到与“熊猫”相关的结果");
    assert.match(said, /^没有找到与“熊猫”相关的结果。请检查用字/, "heading and advice are read as two sentences");
    assert.equal(await page.$eval("#xc-search-results", (e) => (e as HTMLElement).hidden), true);
    assert.equal(await page.$eval("#xc-search-status a", (a) => a.getAttribute("href")), "/sitemap/");
  });

  test("shows a query containing <script> as text and never runs it", async () => {
    const { page, errors } = await openPage();
    const query = "<script>window.xcInjected = 1</script>";
    await page.goto(searchUrl(query));
    const said = await statusSays(page, "相关的结果");
    assert.ok(said.includes(`“${query}”`), `the query is shown literally: ${said}`);
    assert.equal(await page.$$eval("#xc-search-status script, #xc-search-results script", (s) => s.length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { xcInjected?: number }).xcInjected), undefined);
    assert.equal(await page.$eval("#xc-search-q", (e) => (e as HTMLInputElement).value), query);
    assert.ok((await page.title()).includes(query), "the page title names the query as text");
    assert.deepEqual(errors, []);
  });

  test("shows article text that looks like markup as text in the excerpt", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("示例代码"));
    await statusSays(page, "找到 1 条");
    const [result] = await results(page);
    assert.ok(result!.excerpt.includes("<b>加粗</b>"), `the excerpt keeps the characters: ${result!.excerpt}`);
    assert.equal(await page.$$eval("#xc-search-results b, #xc-search-results script", (e) => e.length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { xcInjected?: number }).xcInjected), undefined);
  });

  test("shows ten results, then ten more on the 更多结果 button, moving focus to the first new one", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("街道"));
    await statusSays(page, "找到 14 条");
    assert.equal((await results(page)).length, 10);
    await page.click("#xc-search-more");
    await page.waitForFunction(() => document.querySelectorAll("#xc-search-results > li").length === 14);
    assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll("#xc-search-results h3 a")[10]), true);
    assert.equal(await page.$eval("#xc-search-more", (b) => (b as HTMLElement).hidden), true, "the button goes when all are shown");
  });

  test("searches again when the form is sent, announcing politely and leaving focus in the box", async () => {
    const { page } = await openPage();
    await page.goto(searchUrl("西城"));
    await statusSays(page, "“西城”");
    assert.equal(await page.$eval("#xc-search-status", (e) => `${e.getAttribute("aria-live")} ${e.getAttribute("aria-atomic")}`), "polite true");
    await page.click("#xc-search-q", { count: 3 });
    await page.keyboard.type("驿站"); // typing alone changes nothing: no popup, no search
    assert.ok((await page.$eval("#xc-search-status", (e) => e.textContent!)).includes("“西城”"));
    await page.keyboard.press("Enter");
    await statusSays(page, "找到 1 条与“驿站”相关的结果");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "xc-search-q");
    assert.match(page.url(), /q=%E9%A9%BF%E7%AB%99/);
    assert.equal(await page.$$eval("[role=listbox], [aria-autocomplete], [role=combobox]", (e) => e.length), 0);
    await page.goBack(); // history works: back to the 西城 results
    await statusSays(page, "“西城”");
  });

  test("finds nothing that appears only in the footer or the article's meta list", async () => {
    const { page } = await openPage();
    // Pagefind also matches single characters of a Chinese query, so these words share no
    // character with any article's title or body: 找错 and 邮编 are in every footer, ICP in the
    // filing number, 麒麟 in one article's 来源.
    for (const word of ["找错", "邮编", "ICP", "麒麟"]) {
      await page.goto(searchUrl(word));
      await statusSays(page, `没有找到与“${word}”相关的结果`);
    }
  });

  test("works under the site's strict Content Security Policy", async () => {
    const proxy = await startProxy((_path, headers) => ({ ...headers, "content-security-policy": strictCsp }));
    const { page, errors } = await openPage();
    const violations: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    };
    page.on("console", onConsole);
    const { identifier } = await page.evaluateOnNewDocument(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      await page.goto(`${proxy.url}/search/?q=${encodeURIComponent("西城")}`);
      await statusSays(page, "条与“西城”相关的结果");
      assert.ok((await results(page)).length > 0);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    } finally {
      page.off("console", onConsole);
      await page.removeScriptToEvaluateOnNewDocument(identifier);
      await proxy.close();
    }
  });

  test("offers the 网站地图 and the channel lists when the index cannot be loaded", async () => {
    const proxy = await startProxy((path, headers) => (path.startsWith("/pagefind/") ? null : headers));
    const { page } = await openPage();
    try {
      await page.goto(`${proxy.url}/search/?q=${encodeURIComponent("西城")}`);
      await statusSays(page, "搜索暂时无法使用");
      const links = await page.$$eval("#xc-search-unavailable a", (as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(links, ["/sitemap/", "/gzdt/", "/tzgg/", "/zcwj/", "/zcjd/"]);
      assert.equal(await page.$eval("#xc-search", (f) => (f as HTMLElement).hidden), true, "no form that cannot work");
    } finally {
      await proxy.close();
    }
  });
});

describe("the search page without JavaScript", () => {
  test("explains that search needs JavaScript and offers the 网站地图 and the channel lists", async () => {
    const { page } = await openPage();
    await page.setJavaScriptEnabled(false);
    try {
      await page.goto(searchUrl("西城"));
      const text = await page.$eval("main", (m) => (m as HTMLElement).innerText);
      assert.match(text, /搜索功能需要浏览器启用 JavaScript/);
      const links = await page.$$eval("main a", (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute("href")));
      assert.deepEqual(links, ["/sitemap/", "/gzdt/", "/tzgg/", "/zcwj/", "/zcjd/"]);
      assert.equal(await page.$eval("#xc-search", (f) => (f as HTMLElement).offsetParent), null, "the JavaScript form stays hidden");
    } finally {
      await page.setJavaScriptEnabled(true);
    }
  });
});

describe("what search adds to the built pages", () => {
  test("loads the search script on the 搜索 page only, and no page has an inline script or style", async () => {
    const pages = listSiteFiles(site.output, "**/*.html");
    assert.ok(pages.length > 20, `the fixture site has its pages: ${pages.length}`);
    for (const file of pages) {
      const html = readFileSync(join(site.output, file), "utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      for (const script of scripts) assert.match(script, /\ssrc="\/assets\//, `only scripts from files of our own in ${file}`);
      const searchScripts = scripts.filter((script) => /search|pagefind/.test(script));
      const expected = file === join("search", "index.html") ? 1 : 0;
      assert.equal(searchScripts.length, expected, `search scripts of ${file}: ${searchScripts.join(" ")}`);
      // the asset name may carry a content fingerprint (src/publish/fingerprint/)
      for (const script of searchScripts) assert.match(script, /^<script type="module" src="\/assets\/search(\.[0-9a-f]+)?\.js">$/);
      assert.doesNotMatch(html, /\sstyle=/, `no style attribute in ${file}`);
      assert.equal((html.match(/role="search"/g) ?? []).length, 1, `one search landmark in ${file}`);
    }
  });
});

describe("the header search form", () => {
  test("is a labelled search landmark that sends the query to the 搜索 page", async () => {
    const { page } = await openPage();
    await page.goto(`${server.url}/`);
    const form = await page.$eval("header form", (f) => ({
      role: f.getAttribute("role"),
      label: f.getAttribute("aria-label"),
      action: f.getAttribute("action"),
      method: f.getAttribute("method"),
      inputLabel: (f.querySelector("input") as HTMLInputElement).labels![0]!.textContent,
    }));
    assert.deepEqual(form, { role: "search", label: "全站搜索", action: "/search/", method: "get", inputLabel: "搜索本站" });
    assert.deepEqual(
      await page.$$eval("script", (list) => list.map((s) => s.getAttribute("src") ?? "inline").filter((src) => /search|pagefind|inline/.test(src))),
      [],
      "the home page loads no search script (only the reading aids)",
    );
    await page.type("header input[name=q]", "西城");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    assert.equal(new URL(page.url()).pathname, "/search/");
    await statusSays(page, "条与“西城”相关的结果");
  });
});
