import assert from "node:assert/strict";
import { test } from "node:test";
import { annualReport } from "../../../src/inspect/rules/annual-report.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("annual-report: after 3月31日, a 年报 channel without last year's report is a finding", async () => {
  const { findings } = await inspectFailing([annualReport]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page, f.message]), [["fix", "/xxgknb/", "栏目“信息公开年报”没有2024年度的报告（应在2025年3月31日前公布）"]]);
});
