import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { resolveAuditConfig } from "../../src/config/resolve-config.ts";
import type { AuditResult } from "../../src/report/audit-result.ts";
import { runAudit } from "../../src/run/run-audit.ts";
import fixtureConfig, { cleanSite } from "../fixtures/audit.config.ts";

/**
 * The cache through the real audit on a copy of the clean fixture site: html-validate,
 * the config's page check, pa11y-ci and axe-core in Chromium (desktop mode only, and
 * three pages, to stay fast).
 */
let root: string;
let site: string;
const sample = new Set(["/", "/news/first/", "/offline.html"]);
const config = resolveAuditConfig(fixtureConfig);

const audit = () =>
  runAudit({
    config,
    folder: site,
    build: false,
    reportDir: null,
    cacheDir: join(root, "cache"),
    exceptionsFile: join(root, "no-exceptions.yaml"),
    modes: config.displayModes.slice(0, 1),
    select: (page) => sample.has(page.path),
    log: () => {},
  });

describe("the audit cache, through the real audit in Chromium", { timeout: 600_000 }, () => {
  let first: AuditResult;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), "a11y-audit-cache-real-"));
    site = join(root, "site");
    cpSync(cleanSite, site, { recursive: true });
    first = await audit();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("audits the pages in Chromium and records what each one loaded", () => {
    assert.equal(first.passed, true, JSON.stringify(first.findings, null, 1));
    assert.deepEqual([...(first.cache?.misses ?? [])].sort(), [...sample].sort());
    const entries = readdirSync(join(root, "cache", "pages")).map(
      (file) => JSON.parse(readFileSync(join(root, "cache", "pages", file), "utf8")) as { path: string; requested: Record<string, string> },
    );
    assert.equal(entries.length, sample.size);
    for (const entry of entries) assert.ok(Object.keys(entry.requested).includes("assets/site.css"), `${entry.path} requested the stylesheet`);
    const article = Object.keys(entries.find((entry) => entry.path === "/news/first/")?.requested ?? {});
    for (const file of ["assets/beds.svg", "assets/copy-link.js"]) assert.ok(article.includes(file), `the article requested ${file}: ${article.join(", ")}`);
  });

  it("answers an unchanged site from the cache", async () => {
    const second = await audit();
    assert.deepEqual(second.cache?.misses, []);
    assert.equal(second.passed, true);
  });

  it("re-audits every page after a stylesheet change, finds the failure it causes, and keeps it from the cache", async () => {
    appendFileSync(join(site, "assets", "site.css"), "\n/* cache test: faint text */ main p { color: #c8c8c8 !important; }\n");
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
