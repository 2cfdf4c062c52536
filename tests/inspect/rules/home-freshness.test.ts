import assert from "node:assert/strict";
import { test } from "node:test";
import { homeFreshness } from "../../../src/inspect/rules/home-freshness.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("home-freshness: a home page whose newest item (before the day inspected) is 27 days old is a 单项否决; the article dated later does not make it fresh", async () => {
  const { findings } = await inspectFailing([homeFreshness]);
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.page]), [["home-freshness", "veto", "/"]]);
  assert.equal(findings[0]!.message, "首页显示的最新信息是2025-06-03发布的，到2025-06-30已27天未更新（限14天）");
});
