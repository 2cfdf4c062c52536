import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyColumns } from "../../../src/inspect/rules/empty-columns.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("empty-columns: a channel with no item is a finding, and as many as emptyVeto (1 here) a 单项否决", async () => {
  const { findings } = await inspectFailing([emptyColumns]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page ?? "", f.message]), [
    ["veto", "", "有1个空白栏目（空栏目），达到单项否决的1个"],
    ["fix", "/kong/", "栏目“空栏目”没有任何信息"],
  ]);
});
