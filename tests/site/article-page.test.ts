/**
 * Article pages take their title, description and column from TypeScript
 * (the front matter functions of article.njk): each value is escaped once, by the layout.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSite } from "../../src/publish/build-site.ts";

const scratch = mkdtempSync(join(tmpdir(), "xc-article-page-test-"));
const output = join(scratch, "site");
let html: string;

before(async () => {
  const content = join(scratch, "content");
  mkdirSync(join(content, "articles"), { recursive: true });
  mkdirSync(join(content, "legacy"), { recursive: true });
  writeFileSync(
    join(content, "articles", "markup.md"),
    `---\ntitle: "供水 & 供暖 <b>通知</b>"\nchannel: tzgg\ndate: 2025-01-02 09:00\nsummary: "摘要 & <i>说明</i>"\n---\n\n正文。\n`,
  );
  await buildSite({ output, content: { contentDir: content } });
  html = readFileSync(join(output, "tzgg", "2025", "markup", "index.html"), "utf8");
});

after(() => rmSync(scratch, { recursive: true, force: true }));

describe("an article page", () => {
  test("escapes markup in the title once, in <title>, the heading and the meta tags", () => {
    assert.match(html, /<title>供水 &amp; 供暖 &lt;b&gt;通知&lt;\/b&gt; — /);
    assert.match(html, /<h1>供水 &amp; 供暖 &lt;b&gt;通知&lt;\/b&gt;<\/h1>/);
    assert.match(html, /<meta name="ArticleTitle" content="供水 &amp; 供暖 &lt;b&gt;通知&lt;\/b&gt;">/);
    assert.doesNotMatch(html, /&amp;amp;|&amp;lt;/);
  });

  test("escapes the summary once in the description", () => {
    assert.match(html, /<meta name="description" content="摘要 &amp; &lt;i&gt;说明&lt;\/i&gt;">/);
  });

  test("names its channel as the column", () => {
    assert.match(html, /<meta name="ColumnName" content="通知公告">/);
    assert.match(html, /<meta name="ColumnType" content="通知公告">/);
  });
});
