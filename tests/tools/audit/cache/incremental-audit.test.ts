import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { PageAuditor } from "../../../../src/tools/audit/audit-pages.ts";
import { listHtmlFiles, pathForFile } from "../../../../src/tools/audit/built-files.ts";
import { displayModes } from "../../../../src/tools/audit/display-modes.ts";
import { runAudit, type AuditOptions } from "../../../../src/tools/audit/run-audit.ts";
import type { Finding } from "../../../../src/tools/audit/types.ts";
import { makeFixture, markdownArticle, type Fixture } from "../../../support/fixture-content.ts";
import { buildInto, removeTemp, tempOutput } from "../../../support/build-into.ts";

/**
 * The cache logic, with a fake per-page auditor that records which pages it was
 * asked to audit (the real audit path is tested in real-audit-cache.test.ts).
 * The fake reports a finding on the page named in `failingPage`.
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

let fixture: Fixture;
let site: string;
let cacheDir: string;
let logged: string[] = [];

async function audit(options: AuditOptions = {}) {
  audited = [];
  logged = [];
  return runAudit({
    folder: site,
    build: false,
    reportDir: null,
    cacheDir,
    exceptionsFile: join(fixture.root, "no-exceptions.yaml"),
    modes: displayModes.slice(0, 1),
    auditPages: fakeAuditor,
    log: (line) => logged.push(line),
    ...options,
  });
}

/** sha256 of every built HTML file, by page path. */
function htmlHashes(): Map<string, string> {
  const files = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  return new Map(files.map((file) => [pathForFile(file.split("\\").join("/")), createHash("sha256").update(readFileSync(join(site, file))).digest("hex")]));
}

const article = (title: string, channel: string, day: number, body = "正文第一段。\n\n正文第二段。") =>
  markdownArticle({ title, channel, date: `2025-05-${String(day).padStart(2, "0")} 09:30` }, body);

describe("incremental audits", { timeout: 300_000 }, () => {
  before(async () => {
    fixture = makeFixture({
      "articles/notice-1.md": article("关于春季绿化的通知", "tzgg", 1),
      "articles/notice-2.md": article("关于道路施工的通知", "tzgg", 2),
      "articles/news-1.md": article("街道开展便民服务活动", "gzdt", 3),
      "articles/news-2.md": article("社区举办健康讲座", "gzdt", 4),
      "articles/policy-1.md": article("西城区养老服务补贴办法", "zcwj", 5),
    });
    site = await tempOutput("audit-cache");
    cacheDir = join(fixture.root, "cache");
    await buildInto(site, fixture.content);
  });
  after(async () => {
    await removeTemp(site);
  });

  it("audits every page on the first run and stores each result", async () => {
    const result = await audit();
    const pages = (await listHtmlFiles(site)).map(pathForFile).sort();
    assert.deepEqual([...audited].sort(), pages);
    assert.deepEqual(result.cache?.hits, []);
    assert.equal(result.passed, true, JSON.stringify(result.findings));
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

  it("re-audits exactly the pages whose HTML changed after one article is edited: the article, its channel, the home page", async () => {
    const before = htmlHashes();
    writeFileSync(join(fixture.contentDir, "articles", "notice-1.md"), article("关于春季绿化和植树的通知", "tzgg", 1, "正文改了。\n\n新增一段。"));
    await buildInto(site, fixture.content);
    const afterEdit = htmlHashes();
    const changed = [...afterEdit.keys()].filter((path) => before.get(path) !== afterEdit.get(path)).sort();
    const result = await audit();
    assert.deepEqual([...audited].sort(), changed);
    for (const page of ["/", "/tzgg/"]) assert.ok(changed.includes(page), `${page} changed: ${changed.join(", ")}`);
    assert.ok(changed.some((path) => path.startsWith("/tzgg/2025/")), `the article changed: ${changed.join(", ")}`);
    assert.ok(!changed.includes("/gzdt/") && !changed.some((path) => path.startsWith("/gzdt/2025/")), "the other channels did not change");
    assert.equal(result.cache?.hits.length, result.pages.length - changed.length);
  });

  it("re-audits every page when the stylesheet changes, though no HTML did", async () => {
    const stylesheet = /<link rel="stylesheet" href="\/assets\/([^"]+)"/.exec(readFileSync(join(site, "index.html"), "utf8"))?.[1]; // the one the pages load (fingerprinted)
    assert.ok(stylesheet, "the build has a site stylesheet");
    appendFileSync(join(site, "assets", stylesheet), "\n.xc-audit-cache-test { color: #000; }\n");
    const result = await audit();
    assert.equal(audited.length, result.pages.length);
    await audit();
    assert.deepEqual(audited, [], "and nothing on the run after");
  });

  it("re-audits a page whose loaded image changes", async () => {
    const html = readFileSync(join(site, "index.html"), "utf8");
    assert.ok(/<link rel="icon" href="\/([^"]+)"/.test(html), "the home page has an icon");
    const icon = /<link rel="icon" href="\/([^"]+)"/.exec(html)![1]!;
    appendFileSync(join(site, icon), "<!-- changed -->");
    const result = await audit();
    assert.ok(audited.includes("/") && audited.length === result.pages.length, "every page loads the icon");
  });

  it("keeps failing a page whose cached result had a violation, and honours a new exception for it", async () => {
    failingPage = "/tzgg/";
    const home = join(site, "tzgg", "index.html");
    writeFileSync(home, readFileSync(home, "utf8").replace("</main>", "<p>改动</p></main>"));
    const first = await audit();
    assert.deepEqual(audited, ["/tzgg/"]);
    assert.equal(first.passed, false);
    failingPage = ""; // the fake would now pass it: only the cache can keep the failure
    const cached = await audit();
    assert.deepEqual(audited, []);
    assert.equal(cached.passed, false);
    assert.deepEqual(cached.findings.map((f) => `${f.page} ${f.rule}`), ["/tzgg/ color-contrast"]);

    const exceptionsFile = join(fixture.root, "exceptions.yaml");
    writeFileSync(exceptionsFile, 'exceptions:\n  - rule: color-contrast\n    pages: "/tzgg/"\n    reason: A fake finding of the cache test, accepted here\n    issue: "#7"\n');
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
    const all = (await listHtmlFiles(site)).map(pathForFile).sort();
    const seen: string[] = [];
    for (let index = 1; index <= 3; index++) {
      const result = await audit({ cacheDir: null, shard: { index, count: 3 } });
      assert.deepEqual([...audited].sort(), [...result.pages.map((p) => p.path)].sort());
      seen.push(...audited);
    }
    assert.deepEqual(seen.sort(), all);
  });
});
