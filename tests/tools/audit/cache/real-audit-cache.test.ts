import assert from "node:assert/strict";
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { AuditResult } from "../../../../src/tools/audit/audit-result.ts";
import { displayModes } from "../../../../src/tools/audit/display-modes.ts";
import { runAudit } from "../../../../src/tools/audit/run-audit.ts";
import { makeFixture, markdownArticle, type Fixture } from "../../../support/fixture-content.ts";
import { buildInto, removeTemp, tempOutput } from "../../../support/build-into.ts";

/**
 * The cache through the real audit: html-validate, footer, pa11y-ci and axe-core in
 * Chromium (desktop mode only, and three pages, to stay fast).
 */
let fixture: Fixture;
let site: string;
const sample = new Set(["/", "/tzgg/", "/search/"]);

const audit = () =>
  runAudit({
    folder: site,
    build: false,
    reportDir: null,
    cacheDir: join(fixture.root, "cache"),
    exceptionsFile: join(fixture.root, "no-exceptions.yaml"),
    modes: displayModes.slice(0, 1),
    select: (page) => sample.has(page.path),
    log: () => {},
  });

describe("the audit cache, through the real audit in Chromium", { timeout: 600_000 }, () => {
  let first: AuditResult;
  before(async () => {
    fixture = makeFixture({ "articles/a.md": markdownArticle({ title: "关于春季绿化的通知", channel: "tzgg" }) });
    site = await tempOutput("audit-cache-real");
    await buildInto(site, fixture.content);
    first = await audit();
  });
  after(async () => {
    await removeTemp(site);
  });

  it("audits the pages in Chromium and records what each one loaded", () => {
    assert.equal(first.passed, true, JSON.stringify(first.findings, null, 1));
    assert.deepEqual([...(first.cache?.misses ?? [])].sort(), [...sample].sort());
    const entries = readdirSync(join(fixture.root, "cache", "pages")).map(
      (file) => JSON.parse(readFileSync(join(fixture.root, "cache", "pages", file), "utf8")) as { path: string; requested: Record<string, string> },
    );
    assert.equal(entries.length, sample.size);
    for (const entry of entries) assert.ok(Object.keys(entry.requested).some((file) => /^assets\/site\..*css$/.test(file)), `${entry.path} requested the stylesheet`);
  });

  it("answers an unchanged site from the cache", async () => {
    const second = await audit();
    assert.deepEqual(second.cache?.misses, []);
    assert.equal(second.passed, true);
  });

  it("re-audits every page after a stylesheet change, finds the failure it causes, and keeps it from the cache", async () => {
    const stylesheet = /<link rel="stylesheet" href="\/assets\/([^"]+)"/.exec(readFileSync(join(site, "index.html"), "utf8"))?.[1]!; // the one the pages load (fingerprinted)
    appendFileSync(join(site, "assets", stylesheet), "\n/* cache test: faint text */ main p { color: #c8c8c8 !important; }\n");
    const third = await audit();
    assert.deepEqual([...(third.cache?.misses ?? [])].sort(), [...sample].sort());
    assert.equal(third.passed, false);
    assert.ok(third.findings.some((f) => f.tool === "axe" && f.rule === "color-contrast"), JSON.stringify(third.findings.map((f) => f.rule)));
    const fourth = await audit();
    assert.deepEqual(fourth.cache?.misses, []);
    assert.equal(fourth.passed, false);
    assert.deepEqual(
      fourth.findings.map((f) => `${f.tool} ${f.page} ${f.rule} ${f.selector}`).sort(),
      third.findings.map((f) => `${f.tool} ${f.page} ${f.rule} ${f.selector}`).sort(),
    );
  });
});
