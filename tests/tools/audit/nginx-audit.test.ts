/**
 * The site as published: built with every post-build step (search index, fingerprinted
 * assets) and served by real nginx with deploy/nginx.conf, its CSP and headers — and
 * the whole audit still passes (issue 8).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { runAudit } from "../../../src/tools/audit/run-audit.ts";
import { buildInto, removeTemp, tempOutput } from "../../support/build-into.ts";

describe("the accessibility audit against nginx", { timeout: 600_000 }, () => {
  let site = "";
  before(async () => {
    site = await tempOutput("nginx-audit");
    await buildInto(site);
  });
  after(async () => {
    await removeTemp(site);
  });

  test("passes on every page in every mode, served by nginx with its production headers", async () => {
    const lines: string[] = [];
    const result = await runAudit({ folder: site, build: false, server: "nginx", cacheDir: null, reportDir: null, log: (line) => lines.push(line) });
    const problems = result.findings.map((f) => `${f.page} ${f.mode ?? ""} ${f.rule}: ${f.message}`);
    assert.deepEqual(problems, [], lines.join("\n"));
    assert.equal(result.passed, true);
    assert.ok(lines.some((line) => /\[\d+\/\d+\] \/ ok/.test(line)), "the home page was audited");
  });
});
