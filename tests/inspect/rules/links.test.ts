import assert from "node:assert/strict";
import { test } from "node:test";
import { links } from "../../../src/inspect/rules/links.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("links: a missing attachment, a missing anchor and a missing image are findings; links to other sites are listed for a manual check", async () => {
  const { findings, external } = await inspectFailing([links]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page, f.message.split("：")[0]]), [
    ["fix", "/zcjd/2025/inspect-plants/", "链接指向的页面或附件不存在"],
    ["fix", "/zcjd/2025/inspect-plants/", "链接指向的页内位置不存在"],
    ["fix", "/zcjd/2025/inspect-plants/", "图片或其他资源不存在"],
  ]);
  assert.ok(findings.some((f) => f.message.includes("/uploads/inspect-missing.pdf")));
  const planted = external.find((link) => link.url === "https://www.example.com/inspect/");
  assert.deepEqual(planted?.pages, ["/zcjd/2025/inspect-plants/"]);
  const errorReport = external.find((link) => link.url === "https://zfwzgl.www.gov.cn/exposure/jiucuo.html");
  assert.ok(errorReport && errorReport.pageCount > 30, "the 找错 link, different on every page only by its query, is one line");
});
