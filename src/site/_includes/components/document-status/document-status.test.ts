/** The banner of a policy document no longer in force, rendered alone. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

const since = { date: "2025-06-01", display: "2025年6月1日" };
const replacedBy = { title: "新办法（虚构）", url: "/zcwj/2025/new/", docNumber: "京西示例发〔2025〕9号" };
const banner = (document: object) => renderComponent("document-status", "xcDocumentStatus", { document });

describe("xcDocumentStatus", () => {
  test("says in words that a repealed document no longer applies, and links the document that replaces it", () => {
    const { $ } = banner({ validity: "已废止", validitySince: since, replacedBy });
    assert.equal($(".xc-doc-status").attr("role"), "note");
    assert.equal($("strong").text(), "本文件已废止");
    assert.equal($("p").text().replace(/\s+/g, ""), "本文件已废止：自2025年6月1日起不再执行。请查阅替代文件：新办法（虚构）（京西示例发〔2025〕9号）。");
    assert.equal($("a").attr("href"), "/zcwj/2025/new/");
  });

  test("says an amended document was changed and links the amendment; an expired one needs no link", () => {
    assert.match(banner({ validity: "已修改", validitySince: since, replacedBy }).$("p").text().replace(/\s+/g, ""), /^本文件已被修改：2025年6月1日起，部分内容已被修改，请以修改后的规定为准。修改文件：新办法/);
    const expired = banner({ validity: "已失效", validitySince: since });
    assert.equal(expired.$("p").text().replace(/\s+/g, ""), "本文件已失效：自2025年6月1日起不再执行。");
    assert.equal(expired.$("a").length, 0);
  });

  test("is nothing for a document in force", () => {
    assert.equal(banner({ validity: "有效" }).html, "");
  });
});
