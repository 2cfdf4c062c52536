/** 分类查看, rendered alone. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const facets = [
  { key: "topic", name: "主题分类", values: [{ value: "民政、扶贫、救灾", label: "民政、扶贫、救灾", url: "/zcwj/topic/mzfp/", count: 3 }] },
  { key: "year", name: "成文年份", values: [{ value: "2025", label: "2025年", url: "/zcwj/year/2025/", count: 2 }, { value: "2024", label: "2024年", url: "/zcwj/year/2024/", count: 1 }] },
];

describe("xcDocumentFilters", () => {
  test("is a labelled nav with a heading and a list of links for each way to narrow, each value with its count", () => {
    const { $ } = renderComponent("document-filters", "xcDocumentFilters", { facets, current: "/zcwj/year/2024/" });
    assert.equal($("nav").attr("aria-labelledby"), $("nav > h2").attr("id"));
    assert.deepEqual($("h3").map((_, h) => $(h).text()).get(), ["按主题分类", "按成文年份"]);
    assert.deepEqual($("li a").map((_, a) => `${$(a).attr("href")} ${$(a).text()}`).get(), ["/zcwj/topic/mzfp/ 民政、扶贫、救灾（3件）", "/zcwj/year/2025/ 2025年（2件）", "/zcwj/year/2024/ 2024年（1件）"]);
    assert.deepEqual($('[aria-current="page"]').map((_, a) => $(a).attr("href")).get(), ["/zcwj/year/2024/"]);
  });

  test("is nothing for a channel without facets", () => {
    assert.equal(renderComponent("document-filters", "xcDocumentFilters", { facets: undefined }).html, "");
  });
});
