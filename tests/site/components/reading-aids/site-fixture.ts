/**
 * A real build of the site for the reading-aids tests: the shipped legacy article plus a
 * fixture article with a long unbroken URL, a sub-heading and a list (wrapping and
 * read-aloud cases), built with buildSite() into a temp folder, served on 127.0.0.1 and
 * driven in Debian's Chromium. One per test file (each file runs in its own process).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { buildSite } from "../../../../src/publish/build-site.ts";
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
  /** A fresh tab at the given viewport (default 1280×900). */
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Lists the built pages as URL paths (index.html → its folder; 404.html kept as it is). */
function listPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => "/" + file.replace(/\\/g, "/").replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/** Builds the fixture site, serves it and starts Chromium. */
export async function startSite(): Promise<SiteFixture> {
  const root = mkdtempSync(join(tmpdir(), "xc-reading-aids-"));
  const content = join(root, "content");
  mkdirSync(join(content, "articles"), { recursive: true });
  cpSync("src/content/legacy", join(content, "legacy"), { recursive: true });
  writeFileSync(join(content, "articles", "reading-aids-fixture.md"), fixtureArticle);
  const output = join(root, "site");
  await buildSite({ output, content: { contentDir: content } });
  const server = await serveStatic(output);
  const browser = await launchChromium();
  return {
    browser,
    server,
    pages: listPages(output),
    url: (path) => server.url + path,
    file: (path) => join(output, path.endsWith("/") ? `${path}index.html` : path),
    async newPage(width = 1280, height = 900) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
