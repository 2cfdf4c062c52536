import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { resolveAuditConfig } from "../../src/config/resolve-config.ts";
import { listHtmlFiles, pathForFile } from "../../src/pages/page-files.ts";
import type { PageAuditor } from "../../src/run/audit-pages.ts";
import { runAudit, type AuditOptions } from "../../src/run/run-audit.ts";
import type { Finding } from "../../src/types.ts";
import fixtureConfig, { cleanSite } from "../fixtures/audit.config.ts";

/**
 * The cache logic on a copy of the clean fixture site, with a fake per-page auditor
 * that records which pages it was asked to audit (the real audit path is tested in
 * real-audit-cache.test.ts). The fake reports a finding on the page named in `failingPage`.
 */
let failingPage = "";
let audited: string[] = [];
const fakeAuditor: PageAuditor = async ({ pages, onPageDone }) => {
  for (const page of pages) {
    audited.push(page.path);
    const findings: Finding[] =
      page.path === failingPage ? [{ tool: "axe", mode: "desktop", page: page.path, rule: "color-contrast", message: "fake: text too faint" }] : [];
    onPageDone(page, findings, []);
  }
};

let root: string;
let site: string;
let cacheDir: string;
let configFile: string;
let logged: string[] = [];
const config = resolveAuditConfig(fixtureConfig);

async function audit(options: AuditOptions = {}) {
  audited = [];
  logged = [];
  return runAudit({
    config,
    configFile,
    folder: site,
    build: false,
    reportDir: null,
    cacheDir,
    exceptionsFile: join(root, "no-exceptions.yaml"),
    modes: config.displayModes.slice(0, 1),
    auditPages: fakeAuditor,
    log: (line) => logged.push(line),
    ...options,
  });
}

/** Every page of the copied site, sorted. */
const allPages = async () => (await listHtmlFiles(site)).map(pathForFile).sort();

/** Edits a built file of the copied site. */
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(site, file), change(readFileSync(join(site, file), "utf8")));

describe("incremental audits", { timeout: 300_000 }, () => {
  before(() => {
    root = mkdtempSync(join(tmpdir(), "a11y-audit-cache-"));
    site = join(root, "site");
    cacheDir = join(root, "cache");
    configFile = join(root, "audit.config.ts");
    cpSync(cleanSite, site, { recursive: true });
    writeFileSync(configFile, "// stands for the site's config file: only its content matters to the cache\n");
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("audits every page on the first run and stores each result", async () => {
    const result = await audit();
    assert.deepEqual([...audited].sort(), await allPages());
    assert.deepEqual(result.cache?.hits, []);
    assert.equal(result.passed, true, JSON.stringify(result.findings));
    assert.equal(readdirSync(join(cacheDir, "pages")).length, result.pages.length);
  });

  it("audits nothing on an unchanged site: every page is a cache hit", async () => {
    const result = await audit();
    assert.deepEqual(audited, []);
    assert.equal(result.cache?.hits.length, result.pages.length);
    assert.ok(logged.some((line) => / \(cached\)$/.test(line)));
  });

  it("re-audits every page with full, whatever the cache holds", async () => {
    const result = await audit({ full: true });
    assert.equal(audited.length, result.pages.length);
    assert.deepEqual(result.cache?.hits, []);
  });

  it("re-audits exactly the pages whose HTML changed: an edited article and the list that names it", async () => {
    edit("news/first/index.html", (html) => html.replaceAll("The spring seed swap", "The spring seed and seedling swap"));
    edit("news/index.html", (html) => html.replace("The spring seed swap", "The spring seed and seedling swap"));
    const result = await audit();
    assert.deepEqual([...audited].sort(), ["/news/", "/news/first/"]);
    assert.equal(result.cache?.hits.length, result.pages.length - 2);
  });

  it("re-audits every page when the stylesheet changes, though no HTML did", async () => {
    appendFileSync(join(site, "assets", "site.css"), "\n.cache-test { color: #000; }\n");
    const result = await audit();
    assert.equal(audited.length, result.pages.length);
    await audit();
    assert.deepEqual(audited, [], "and nothing on the run after");
  });

  it("re-audits every page when the icon they all load changes, and only the page of an image when that image changes", async () => {
    appendFileSync(join(site, "assets", "icon.svg"), "<!-- changed -->");
    const result = await audit();
    assert.equal(audited.length, result.pages.length);
    appendFileSync(join(site, "assets", "beds.svg"), "<!-- changed -->");
    await audit();
    assert.deepEqual(audited, ["/news/first/"]);
  });

  it("re-audits every page when the config file or the config's checks change", async () => {
    appendFileSync(configFile, "// edited\n");
    const result = await audit();
    assert.equal(audited.length, result.pages.length, "the config file's content");
    const changedCheck = { ...fixtureConfig, pageChecks: [{ tool: "contact", description: "every footer links to the contact page", check: () => [] }] };
    await audit({ config: resolveAuditConfig(changedCheck) });
    assert.equal(audited.length, result.pages.length, "a page check's code");
    await audit();
    assert.equal(audited.length, result.pages.length, "and back: the cache keeps one entry a page");
  });

  it("keeps failing a page whose cached result had a violation, and honours a new exception for it", async () => {
    failingPage = "/about/";
    edit("about/index.html", (html) => html.replace("</main>", "<p>Changed.</p></main>"));
    const first = await audit();
    assert.deepEqual(audited, ["/about/"]);
    assert.equal(first.passed, false);
    failingPage = ""; // the fake would now pass it: only the cache can keep the failure
    const cached = await audit();
    assert.deepEqual(audited, []);
    assert.equal(cached.passed, false);
    assert.deepEqual(cached.findings.map((f) => `${f.page} ${f.rule}`), ["/about/ color-contrast"]);

    const exceptionsFile = join(root, "exceptions.yaml");
    writeFileSync(exceptionsFile, 'exceptions:\n  - rule: color-contrast\n    pages: "/about/"\n    reason: A fake finding of the cache test, accepted here\n    issue: "#7"\n');
    const excepted = await audit({ exceptionsFile });
    assert.deepEqual(audited, []);
    assert.equal(excepted.passed, true);
    assert.equal(excepted.excepted.length, 1);
  });

  it("discards a corrupted cache file with a warning and re-audits its page", async () => {
    const corrupt = readdirSync(join(cacheDir, "pages")).map((file) => join(cacheDir, "pages", file));
    writeFileSync(corrupt[0]!, '{"format":1,"path":"/'); // cut short, as by a crash without the atomic rename
    writeFileSync(corrupt[1]!, JSON.stringify({ format: 1, path: "/", key: "0".repeat(64), requested: {}, findings: "none" }));
    const result = await audit();
    assert.equal(audited.length, 2, logged.join("\n"));
    assert.equal(logged.filter((line) => /^Warning: discarding the corrupted audit cache file /.test(line)).length, 2);
    assert.equal(result.cache?.misses.length, 2);
    await audit();
    assert.deepEqual(audited, [], "the rewritten entries are hits again");
  });

  it("audits only a shard's pages, and the shards together audit every page once", async () => {
    const seen: string[] = [];
    for (let index = 1; index <= 3; index++) {
      const result = await audit({ cacheDir: null, shard: { index, count: 3 } });
      assert.deepEqual([...audited].sort(), [...result.pages.map((p) => p.path)].sort());
      seen.push(...audited);
    }
    assert.deepEqual(seen.sort(), await allPages());
  });
});
