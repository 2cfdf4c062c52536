/**
 * The audit cache on this site's builds: editing one article re-audits exactly the pages
 * whose HTML the build changed. The cache itself is tested in the a11y-audit package; here
 * a fake per-page auditor records which pages the audit was asked to audit.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { listHtmlFiles, loadAuditConfig, type PageAuditor, pathForFile, runAudit } from "a11y-audit";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";
import { makeFixture, markdownArticle, type Fixture, documentFields } from "../support/fixture-content.ts";

const { config, file } = await loadAuditConfig("audit.config.ts");
let audited: string[] = [];
const fakeAuditor: PageAuditor = async ({ pages, onPageDone }) => {
  for (const page of pages) {
    audited.push(page.path);
    onPageDone(page, [], []);
  }
};

let fixture: Fixture;
let site: string;

const audit = async () => {
  audited = [];
  const cacheDir = join(fixture.root, "cache");
  const exceptionsFile = join(fixture.root, "no-exceptions.yaml");
  return runAudit({ config, configFile: file, folder: site, build: false, reportDir: null, cacheDir, exceptionsFile, auditPages: fakeAuditor, log: () => {} });
};

/** sha256 of every built HTML file, by page path. */
async function htmlHashes(): Promise<Map<string, string>> {
  const files = await listHtmlFiles(site);
  return new Map(files.map((html) => [pathForFile(html), createHash("sha256").update(readFileSync(join(site, html))).digest("hex")]));
}

const article = (title: string, channel: string, day: number, body = "正文第一段。\n\n正文第二段。") =>
  markdownArticle({ title, channel, date: `2025-05-${String(day).padStart(2, "0")} 09:30`, ...(channel === "zcwj" ? documentFields(day) : {}) }, body);

describe("incremental audits of the site", { timeout: 300_000 }, () => {
  before(async () => {
    fixture = makeFixture({
      "articles/notice-1.md": article("关于春季绿化的通知", "tzgg", 1),
      "articles/notice-2.md": article("关于道路施工的通知", "tzgg", 2),
      "articles/news-1.md": article("街道开展便民服务活动", "gzdt", 3),
      "articles/news-2.md": article("社区举办健康讲座", "gzdt", 4),
      "articles/policy-1.md": article("西城区养老服务补贴办法", "zcwj", 5),
    });
    site = await tempOutput("audit-cache");
    await buildInto(site, fixture.content);
    await audit();
  });
  after(async () => {
    await removeTemp(site);
  });

  it("re-audits exactly the pages whose HTML changed after one article is edited: the article, its channel, the home page", async () => {
    const before = await htmlHashes();
    writeFileSync(join(fixture.contentDir, "articles", "notice-1.md"), article("关于春季绿化和植树的通知", "tzgg", 1, "正文改了。\n\n新增一段。"));
    await buildInto(site, fixture.content);
    const afterEdit = await htmlHashes();
    const changed = [...afterEdit.keys()].filter((path) => before.get(path) !== afterEdit.get(path)).sort();
    const result = await audit();
    assert.deepEqual([...audited].sort(), changed);
    for (const page of ["/", "/tzgg/"]) assert.ok(changed.includes(page), `${page} changed: ${changed.join(", ")}`);
    assert.ok(changed.some((path) => path.startsWith("/tzgg/2025/")), `the article changed: ${changed.join(", ")}`);
    assert.ok(!changed.includes("/gzdt/") && !changed.some((path) => path.startsWith("/gzdt/2025/")), "the other channels did not change");
    assert.equal(result.cache?.hits.length, result.pages.length - changed.length);
  });
});
