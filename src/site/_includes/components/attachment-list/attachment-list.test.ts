/** The 附件 list, rendered alone. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcAttachmentList", () => {
  test("is a headed list of links, each saying name, type and size", () => {
    const attachments = [
      { linkText: "附件1：西城区2025年养老服务补贴申请表（DOCX，36 KB）", url: "/zcwj/2025/x/%E7%94%B3%E8%AF%B7%E8%A1%A8.docx" },
      { linkText: "附件2：办法全文（PDF，1.2 MB）", url: "/zcwj/2025/x/rules.pdf" },
    ];
    const { $ } = renderComponent("attachment-list", "xcAttachmentList", { attachments });
    assert.equal($("section").attr("aria-labelledby"), $("h2").attr("id"));
    assert.equal($("h2").text(), "附件");
    assert.deepEqual($("li a").map((_, a) => `${$(a).attr("href")} ${$(a).text()}`).get(), attachments.map((a) => `${a.url} ${a.linkText}`));
  });

  test("is nothing when the article has no attachments", () => {
    assert.equal(renderComponent("attachment-list", "xcAttachmentList", { attachments: undefined }).html, "");
    assert.equal(renderComponent("attachment-list", "xcAttachmentList", { attachments: [] }).html, "");
  });
});
