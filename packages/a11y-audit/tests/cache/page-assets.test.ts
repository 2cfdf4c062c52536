import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { pageAssets } from "../../src/cache/page-assets.ts";

describe("the files a page loads", () => {
  it("come from its HTML and from what its stylesheets reference, not from its links", () => {
    const folder = mkdtempSync(join(tmpdir(), "a11y-audit-assets-"));
    try {
      mkdirSync(join(folder, "assets", "img"), { recursive: true });
      writeFileSync(join(folder, "assets", "site.css"), `@import "print.css"; .big { cursor: url(img/cursor.svg) 4 4, auto; } .x { background: url("/assets/img/bg.png?v=2"); } .y { background: url(data:image/png;base64,AAAA); }`);
      writeFileSync(join(folder, "assets", "print.css"), `.z { background: url('../fonts/f.woff2'); }`);
      const html = `<!doctype html><html><head>
        <link rel="stylesheet" href="/assets/site.css"><link rel="icon" href="/favicon.svg">
        <link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="canonical" href="https://www.example.org/a/">
        <script src="/assets/app.js?v=1" defer></script><script src="https://cdn.example.com/x.js"></script>
        <style>.q { background: url(/assets/inline.png); }</style></head>
        <body><a href="/other/">另一页</a><img src="pic.png" srcset="pic-2x.png 2x, /assets/img/pic-3x.png 3x" alt="">
        <video poster="/assets/poster.jpg"><source src="/media/v.mp4"></video></body></html>`;
      assert.deepEqual(pageAssets(folder, "news/index.html", html), [
        "assets/app.js",
        "assets/img/bg.png",
        "assets/img/cursor.svg",
        "assets/img/pic-3x.png",
        "assets/inline.png",
        "assets/poster.jpg",
        "assets/print.css",
        "assets/site.css",
        "favicon.svg",
        "fonts/f.woff2", // ../fonts/ from assets/print.css
        "media/v.mp4",
        "news/pic-2x.png",
        "news/pic.png",
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
