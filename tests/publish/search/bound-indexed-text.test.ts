import assert from "node:assert/strict";
import { test } from "node:test";
import * as cheerio from "cheerio";
import { boundIndexedText } from "../../../src/publish/search/bound-indexed-text.ts";

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body><nav>首页 栏目</nav><main><article data-pagefind-body><h1>标题</h1><div>${body}</div></article></main><footer>页脚</footer></body></html>`;

test("a page with less text than the bound is indexed exactly as published", () => {
  const html = page(`<p>${"西城".repeat(1000)}</p>`);
  assert.equal(boundIndexedText(html, 20_000), html);
});

test("a longer article is indexed by its title and first characters; the rest of the body goes, the page around it stays", () => {
  const html = page(`<p>${"甲".repeat(15)}</p><p>${"乙".repeat(30)}</p><table><tr><td>${"丙".repeat(10)}</td></tr></table>`);
  const $ = cheerio.load(boundIndexedText(html, 40));
  const body = $("[data-pagefind-body]").text();
  assert.equal(body, `标题${"甲".repeat(15)}${"乙".repeat(23)}`);
  assert.equal($("table").length, 0);
  assert.equal($("nav").text(), "首页 栏目");
  assert.equal($("html").attr("lang"), "zh-CN");
});

test("the cut never splits an entity and closes every element it leaves open", () => {
  const html = page(`<ul><li><strong>${"&lt;".repeat(10)}</strong></li></ul><p>后文</p>`);
  const bounded = boundIndexedText(html, 10);
  assert.ok(bounded.includes(`<ul><li><strong>${"&lt;".repeat(2)}</strong></li></ul></div></article></main>`), bounded);
  assert.ok(!bounded.includes("后文"));
});
