/**
 * A real build of the site for the reading-aids tests: the shipped legacy article plus a
 * fixture article with a long unbroken URL, a sub-heading and a list (wrapping and
 * read-aloud cases), built once for all the reading-aids test files (as `npm run build` builds it),
 * served on 127.0.0.1 and driven in Debian's Chromium: one server and one browser per test file.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, LaunchOptions, Page } from "puppeteer-core";
import { listSiteFiles, pagePathOf } from "../../../../publish/site-files.ts";
import { sharedBuild } from "../../../../../tests/support/shared-build.ts";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";

export const legacyArticleUrl = "/gzdt/2025/000-4ff78243f4312f31/";
export const fixtureArticleUrl = "/tzgg/2025/reading-aids-fixture/";
export const storageKey = "xc-reading-aids";

const fixtureArticle = `---
title: 关于调整西城区政务服务中心办理时间的通知
channel: tzgg
date: 2025-04-01 09:00
slug: reading-aids-fixture
---

各位居民：自2025年4月7日起，区政务服务中心调整办理时间。周一至周五上午9:00至下午5:00办理！

## 办理地点

- 西城区政务服务中心一层综合窗口；
- 各街道便民服务中心。

网上办理请访问 https://www.bjxch.gov.cn/xxgk/zwfw/zhuanti/zhengwufuwuzhongxinbanlishijiantiaozhengtongzhi/2025/04/01/detail.html 查看详细说明。
`;

export interface SiteFixture {
  browser: Browser;
  server: StaticServer;
  /** Every built HTML page, as site paths ("/", "/about/", …). */
  pages: string[];
  url(path: string): string;
  /** The built file behind a site path. */
  file(path: string): string;
  /**
   * The file's one tab, in a private browser context, reset for the next test: no saved
   * choices, no emulated media or touch, 1280×900 unless asked otherwise, at `path` when given.
   */
  freshPage(options?: { path?: string; width?: number; height?: number }): Promise<Page>;
  /** Emulates a CSS media feature through CDP (puppeteer's own helper knows neither prefers-contrast nor forced-colors); freshPage() undoes it. */
  emulateMedia(name: string, value: string): Promise<void>;
  /** Emulates a touch-only screen; freshPage() undoes it. */
  emulateTouch(): Promise<void>;
  close(): Promise<void>;
}

/** Lists the built pages as URL paths (index.html → its folder; 404.html kept as it is). */
const listPages = (folder: string) => listSiteFiles(folder, "**/*.html").map(pagePathOf);

/** The fixture site, built once for every reading-aids test file (tests/support/shared-build.ts). */
async function fixtureSite(): Promise<string> {
  const content = mkdtempSync(join(tmpdir(), "xc-reading-aids-"));
  try {
    mkdirSync(join(content, "articles"), { recursive: true });
    cpSync("src/content/legacy", join(content, "legacy"), { recursive: true });
    writeFileSync(join(content, "articles", "reading-aids-fixture.md"), fixtureArticle);
    return await sharedBuild("reading-aids", { contentDir: content });
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

/**
 * Builds the fixture site (once for all the files), serves it, starts Chromium (with `launch`'s
 * options, if any) and opens the file's tab. Call once, in `before`.
 */
export async function startSite(launch: LaunchOptions = {}): Promise<SiteFixture> {
  const output = await fixtureSite();
  const server = await serveStatic(output);
  const browser = await launchChromium(launch);
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  const url = (path: string) => server.url + path;
  return {
    browser,
    server,
    pages: listPages(output),
    url,
    file: (path) => join(output, path.endsWith("/") ? `${path}index.html` : path),
    async freshPage({ path, width = 1280, height = 900 } = {}) {
      await cdp.send("Emulation.setEmulatedMedia", { features: [] });
      await page.setJavaScriptEnabled(true);
      await page.setViewport({ width, height }); // and no touch screen
      await page.goto(url("/about/"));
      await page.waitForFunction(() => !matchMedia("(any-pointer: coarse)").matches); // a touch screen emulated before is gone
      await page.evaluate(() => localStorage.clear());
      if (path) await page.goto(url(path));
      return page;
    },
    emulateMedia: async (name, value) => void (await cdp.send("Emulation.setEmulatedMedia", { features: [{ name, value }] })),
    emulateTouch: () => page.setViewport({ ...page.viewport()!, hasTouch: true }),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
