import assert from "node:assert/strict";
import { test } from "node:test";
import * as cheerio from "cheerio";
import { markdown } from "../../src/lib/content/markdown.ts";
import { unsafeMarkup } from "../support/unsafe-markup.ts";

// Authors write Markdown only: raw HTML is off in markdown-it (src/lib/content/markdown.ts), so
// whatever markup they type is shown as text. (The alternative, an allow-list sanitizer, was
// rejected: sanitize-html's current release needs Node 22, and nothing here needs raw HTML.)

const render = (source: string) => {
  const html = markdown.render(source);
  return { html, $: cheerio.load(html), findings: unsafeMarkup(html) };
};

test("a raw <script> block is shown as text, not run", () => {
  const { $, findings } = render("<script>alert('x')</script>");
  assert.equal($("script").length, 0);
  assert.equal($("p").text(), "<script>alert('x')</script>");
  assert.deepEqual(findings, []);
});

test("an <img onerror> is shown as text: no image, no handler", () => {
  const { $, findings } = render('正文 <img src="x" onerror="alert(1)"> 正文');
  assert.equal($("img").length, 0);
  assert.match($("p").text(), /<img src="x" onerror="alert\(1\)">/);
  assert.deepEqual(findings, []);
});

test("an <iframe> is shown as text", () => {
  const { $, findings } = render('<iframe src="https://evil.example/"></iframe>');
  assert.equal($("iframe").length, 0);
  assert.equal($.root().text().trim(), '<iframe src="https://evil.example/"></iframe>');
  assert.deepEqual(findings, []);
});

test("javascript:, vbscript: and data: links never become links with that scheme, however they are written", () => {
  for (const target of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4="]) {
    const { $, findings } = render(`[点这里](${target}) <${target}>`);
    // Resolved as a browser does: what is left is at most a harmless relative link (jav%09ascript:…).
    const schemes = $("a").map((_, a) => new URL($(a).attr("href")!, "https://www.bjxch.gov.cn/gzdt/").protocol).get();
    assert.deepEqual(schemes.filter((scheme) => scheme !== "https:"), [], `${target} links nowhere but the site`);
    assert.deepEqual(findings, [], target);
  }
});

test("ordinary Markdown still becomes markup: links, emphasis, lists", () => {
  const { $ } = render("**重要**：见[通知](/tzgg/)和 https://www.beijing.gov.cn\n\n- 一\n- 二");
  assert.equal($("strong").text(), "重要");
  assert.deepEqual($("a").map((_, a) => $(a).attr("href")).get(), ["/tzgg/", "https://www.beijing.gov.cn"]);
  assert.equal($("li").length, 2);
});
