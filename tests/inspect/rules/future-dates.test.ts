import assert from "node:assert/strict";
import { test } from "node:test";
import { futureDates } from "../../../src/inspect/rules/future-dates.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("future-dates: an article dated after the day inspected is a 单项否决 (a date that is not true yet)", async () => {
  const { findings } = await inspectFailing([futureDates]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page, f.message]), [["veto", "/tzgg/2025/inspect-future/", "“提前写好的通知（虚构，检查用）”的发布日期2025-07-05晚于检查日2025-06-30"]]);
});
