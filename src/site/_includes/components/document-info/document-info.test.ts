/** The information block of a policy document, rendered alone. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const time = (date: string, display: string) => ({ date, iso: `${date}T09:00:00+08:00`, display });
const documentOf = (fields: object = {}) => ({
  indexNumber: "XN000/2025-00003",
  issuers: ["示例区民政局（虚构）", "示例区财政局（虚构）"],
  docNumber: "京西示例发〔2025〕3号",
  written: time("2025-04-15", "2025年4月15日"),
  topic: { slug: "mzfp", name: "民政、扶贫、救灾" },
  validity: "有效",
  replaces: [],
  interpretations: [],
  ...fields,
});
const render = (document: object) => renderComponent("document-info", "xcDocumentInfo", { document, published: time("2025-04-20", "2025年4月20日") });

describe("xcDocumentInfo", () => {
  test("is a captioned table of label–value rows, each label a row header", () => {
    const { $ } = render(documentOf());
    assert.equal($("table.xc-doc-info > caption").text(), "文件信息");
    const rows = $("tbody tr").map((_, tr) => [[$(tr).children("th").attr("scope"), $(tr).children("th").text(), $(tr).children("td").text().trim()]]).get();
    assert.deepEqual(rows, [
      ["row", "索引号", "XN000/2025-00003"],
      ["row", "发文机关", "示例区民政局（虚构）、示例区财政局（虚构）"],
      ["row", "发文字号", "京西示例发〔2025〕3号"],
      ["row", "成文日期", "2025年4月15日"],
      ["row", "发布日期", "2025年4月20日"],
      ["row", "主题分类", "民政、扶贫、救灾"],
      ["row", "有效性", "有效"],
    ]);
  });

  test("carries the search index's filters and result facts", () => {
    const { $ } = render(documentOf());
    assert.deepEqual($("[data-pagefind-filter]").map((_, e) => `${$(e).attr("data-pagefind-filter")}=${$(e).text()}`).get(), [
      "issuer=示例区民政局（虚构）", "issuer=示例区财政局（虚构）", "year:2025=2025年4月15日", "topic=民政、扶贫、救灾", "validity=有效",
    ]);
    assert.deepEqual($("[data-pagefind-meta]").map((_, e) => $(e).attr("data-pagefind-meta")).get(), ["docNumber", "validity"]);
  });

  test("says when a document was repealed and links its replacement; a document without 文号 says 无", () => {
    const replacedBy = { title: "新办法（虚构）", url: "/zcwj/2025/new/", docNumber: "京西示例发〔2025〕9号" };
    const { $ } = render(documentOf({ docNumber: undefined, validity: "已废止", validitySince: time("2025-06-01", "2025年6月1日"), replacedBy }));
    const cell = (label: string) => $("th").filter((_, th) => $(th).text() === label).next("td");
    assert.equal(cell("发文字号").text(), "无");
    assert.equal(cell("有效性").text().replace(/\s+/g, ""), "已废止（2025年6月1日废止；替代文件：新办法（虚构）（京西示例发〔2025〕9号））");
    assert.equal(cell("有效性").find("a").attr("href"), "/zcwj/2025/new/");
  });

  test("lists the documents this one amends or replaces, linked back", () => {
    const replaces = [{ title: "旧办法（虚构）", url: "/zcwj/2023/old/", docNumber: "京西示例发〔2023〕5号", validity: "已废止" }, { title: "另一办法（虚构）", url: "/zcwj/2024/x/", validity: "已修改" }];
    const { $ } = render(documentOf({ replaces }));
    const cell = $("th").filter((_, th) => $(th).text() === "相关文件").next("td");
    assert.equal(cell.text(), "本文件替代了旧办法（虚构）（京西示例发〔2023〕5号）；本文件修改了另一办法（虚构）");
    assert.deepEqual(cell.find("a").map((_, a) => $(a).attr("href")).get(), ["/zcwj/2023/old/", "/zcwj/2024/x/"]);
  });
});
