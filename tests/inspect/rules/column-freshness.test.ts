import assert from "node:assert/strict";
import { test } from "node:test";
import { columnFreshness } from "../../../src/inspect/rules/column-freshness.ts";
import { runInspection } from "../../../src/inspect/run-inspection.ts";
import { failingDay, failingSite } from "../support/inspected-sites.ts";

test("column-freshness: a 工作动态 channel 28 days old is a finding, and as many stale columns as the class's veto (1 here) are a 单项否决; under --freshness report both only weigh `fix`", async () => {
  const site = await failingSite();
  try {
    const { findings } = await runInspection({ folder: site.folder, source: site.source, date: failingDay, rules: [columnFreshness] });
    assert.deepEqual(findings.map((f) => [f.severity, f.page ?? "", f.message]), [
      ["veto", "", "动态、要闻类栏目中有1个超过14天未更新（工作动态），达到单项否决的1个"],
      ["fix", "/gzdt/", "栏目“工作动态”最近一次更新是2025-06-02，到2025-06-30已28天未更新（动态、要闻类栏目限14天）"],
    ]);
    const reported = await runInspection({ folder: site.folder, source: site.source, date: failingDay, rules: [columnFreshness], freshness: "report" });
    assert.deepEqual(reported.findings.map((f) => f.severity), ["fix", "fix"]);
    assert.equal(reported.verdict, "pass");
  } finally {
    site.remove();
  }
});
