import assert from "node:assert/strict";
import { test } from "node:test";
import { interactionEntry } from "../../../src/inspect/rules/interaction-entry.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("interaction-entry: a home page without a 互动交流 entry is a 单项否决", async () => {
  const { findings } = await inspectFailing([interactionEntry]);
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.page]), [["interaction-entry", "veto", "/"]]);
  assert.match(findings[0]!.message, /首页没有“互动交流”入口/);
});
