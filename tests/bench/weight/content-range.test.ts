import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { splitContent } from "../../../src/bench/weight/content-range.ts";

describe("separating a page's content from its own markup", () => {
  test("takes out the inside of the article body and keeps its tags", () => {
    const html = `<main><h1>标题</h1><div class="xc-article__body"><p>正文一</p><p>正文二</p></div><footer>页脚</footer></main>`;
    const { own, content } = splitContent(html);
    assert.equal(content, "<p>正文一</p><p>正文二</p>");
    assert.equal(own, `<main><h1>标题</h1><div class="xc-article__body"></div><footer>页脚</footer></main>`);
  });

  test("takes out every article list and leaves a page without content whole", () => {
    const html = `<ul class="xc-article-list"><li>甲</li></ul><p>中</p><ul class="xc-article-list"><li>乙</li></ul>`;
    assert.deepEqual(splitContent(html), { own: `<ul class="xc-article-list"></ul><p>中</p><ul class="xc-article-list"></ul>`, content: "<li>甲</li><li>乙</li>" });
    assert.deepEqual(splitContent("<p>没有正文</p>"), { own: "<p>没有正文</p>", content: "" });
  });
});
