/** The article list, rendered alone: a link and a date for each article. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const item = (title: string, url: string, iso: string, display: string) => ({ title, url, published: { iso, display } });

describe("xcArticleList", () => {
  test("lists each article as a link followed by its date", () => {
    const { $ } = renderComponent("article-list", "xcArticleList", {
      items: [item("示例通知（虚构）", "/tzgg/2025/example/", "2025-04-01T09:00:00+08:00", "2025年4月1日"), item("示例动态（虚构）", "/gzdt/2025/other/", "2025-03-07", "2025年3月7日")],
    });
    const rows = $("ul.xc-article-list > li.xc-article-list__item");
    assert.equal(rows.length, 2);
    const first = rows.first();
    assert.equal(first.find("a").attr("href"), "/tzgg/2025/example/");
    assert.equal(first.find("a").text(), "示例通知（虚构）");
    assert.equal(first.find("time.xc-article-list__date").attr("datetime"), "2025-04-01T09:00:00+08:00");
    assert.equal(first.find("time").text(), "2025年4月1日");
  });

  test("shows a title that looks like markup as text", () => {
    const { html, $ } = renderComponent("article-list", "xcArticleList", { items: [item("<b>加粗</b>标题", "/gzdt/x/", "2025-01-01", "2025年1月1日")] });
    assert.equal($("a").text(), "<b>加粗</b>标题");
    assert.equal($("b").length, 0);
    assert.match(html, /&lt;b&gt;/);
  });

  test("shows a policy document's 发文字号 and 有效性 under its date", () => {
    const document = { docNumber: "京西示例发〔2023〕5号", validity: "已废止" };
    const { $ } = renderComponent("article-list", "xcArticleList", { items: [{ ...item("旧办法（虚构）", "/zcwj/2023/old/", "2023-03-10", "2023年3月10日"), document }, item("新闻（虚构）", "/gzdt/x/", "2025-01-01", "2025年1月1日")] });
    assert.deepEqual($(".xc-article-list__document").map((_, e) => $(e).text()).get(), ["京西示例发〔2023〕5号，有效性：已废止"]);
  });

  test("is an empty list when there are no articles", () => {
    const { $ } = renderComponent("article-list", "xcArticleList", { items: [] });
    assert.equal($("ul.xc-article-list").length, 1);
    assert.equal($("li").length, 0);
  });
});
