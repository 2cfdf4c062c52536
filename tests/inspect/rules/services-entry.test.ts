import assert from "node:assert/strict";
import { test } from "node:test";
import { servicesEntry } from "../../../src/inspect/rules/services-entry.ts";
import { runInspection } from "../../../src/inspect/run-inspection.ts";
import { cleanDay, cleanSite, inspectFailing, portalSource } from "../support/inspected-sites.ts";

test("services-entry: a home page without a 办事服务 entry is a 单项否决, and the fixture's entry, leading to its platform, passes", async () => {
  const { findings } = await inspectFailing([servicesEntry]);
  assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.page]), [["services-entry", "veto", "/"]]);
  assert.match(findings[0]!.message, /首页没有“办事服务”入口/);
  const clean = await runInspection({ folder: await cleanSite(), source: portalSource, date: cleanDay, rules: [servicesEntry] });
  assert.deepEqual(clean.findings, []);
});
