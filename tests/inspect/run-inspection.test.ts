import assert from "node:assert/strict";
import { test } from "node:test";
import { inspectRules } from "../../src/inspect/rules/index.ts";
import { runInspection } from "../../src/inspect/run-inspection.ts";
import { projectSite } from "../support/shared-build.ts";
import { cleanDay, cleanSite, failingDay, failingSite, portalSource } from "./support/inspected-sites.ts";

test("the portal fixture, inspected a week after its newest item, has no finding, and lists its links to other sites for a manual check", async () => {
  const result = await runInspection({ folder: await cleanSite(), source: portalSource, date: cleanDay });
  assert.deepEqual(result.findings, []);
  assert.equal(result.verdict, "pass");
  assert.ok(result.pageCount >= 35);
  const external = result.external.map((link) => link.url);
  for (const url of ["https://banshi.example/", "https://hudong.example/mailbox/", "https://xxgk.example/apply/", "https://beian.miit.gov.cn/"]) assert.ok(external.includes(url), `${url} in ${external.join(" ")}`);
});

test("the planted fixture fails every rule, with 单项否决 findings, and the verdict fails", async () => {
  const site = await failingSite();
  try {
    const result = await runInspection({ folder: site.folder, source: site.source, date: failingDay });
    const failed = new Set(result.findings.map((f) => f.rule));
    assert.deepEqual(inspectRules.map((rule) => rule.id).filter((id) => !failed.has(id)), [], "every rule finds its planted problem");
    assert.equal(result.verdict, "fail");
    for (const finding of result.findings) assert.ok(finding.message.length > 8 && (finding.page || finding.file || finding.rule === "required-content" || finding.severity === "veto"), JSON.stringify(finding));
  } finally {
    site.remove();
  }
});

test("the real site, its content from 2025, fails on freshness when freshness counts, and passes with the gaps listed when it is only reported", async () => {
  const folder = await projectSite();
  const strict = await runInspection({ folder, date: "2026-11-30" });
  assert.equal(strict.verdict, "fail");
  assert.deepEqual([...new Set(strict.findings.filter((f) => f.severity === "veto").map((f) => f.rule))], ["home-freshness"]);
  const reported = await runInspection({ folder, date: "2026-11-30", freshness: "report" });
  assert.equal(reported.verdict, "pass");
  assert.deepEqual(reported.findings.filter((f) => f.severity === "veto"), []);
  const gaps = reported.findings.filter((f) => f.rule === "required-content").map((f) => f.message.split("。")[0]);
  assert.ok(gaps.includes("没有“信息公开指南”页面") && gaps.includes("没有“机构职能”页面") && gaps.includes("没有“领导信息”页面"), gaps.join(" / "));
  for (const rule of ["services-entry", "interaction-entry", "undated-items", "legacy-dates", "future-dates", "personal-data", "exact-names", "links", "footer", "meta-tags"]) {
    assert.deepEqual(reported.findings.filter((f) => f.rule === rule), [], `${rule}: nothing on the real site`);
  }
});
