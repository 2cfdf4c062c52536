import assert from "node:assert/strict";
import { test } from "node:test";
import { undatedItems } from "../../../src/inspect/rules/undated-items.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("undated-items: the 领导信息 page, an information item without a date, is a 单项否决", async () => {
  const { findings } = await inspectFailing([undatedItems]);
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.page, f.message]), [["undated-items", "veto", "/zjxc/ldxx/", "信息“领导信息”没有发布日期（PubDate）"]]);
});
