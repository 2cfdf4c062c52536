import assert from "node:assert/strict";
import { test } from "node:test";
import { requiredContent } from "../../../src/inspect/rules/required-content.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("required-content: a site that no longer publishes its 办事指南 gets a finding naming the page and where its data goes", async () => {
  const { findings } = await inspectFailing([requiredContent]);
  assert.deepEqual(findings.map((f) => [f.severity, f.message.split("。")[0]]), [["fix", "没有“办事指南”页面"]]);
  assert.match(findings[0]!.message, /content\/guides\//);
});
