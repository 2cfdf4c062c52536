import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { axeSource } from "../../src/browser/axe-runner.ts";
import { launchChromium } from "../../src/browser/chromium.ts";
import { auditDefaults, defaultAxeTags } from "../../src/config/resolve-config.ts";
import type { AuditResult } from "../../src/report/audit-result.ts";
import { renderReport, writeReport } from "../../src/report/report-writer.ts";
import { describeProblems, formatSummary } from "../../src/report/summary.ts";

const result: AuditResult = {
  startedAt: "2026-11-29T12:00:00.000Z",
  durationSeconds: 12.5,
  folder: "/tmp/site",
  pages: [
    { path: "/", file: "index.html" },
    { path: "/news/", file: "news/index.html" },
  ],
  modes: [{ name: "desktop", description: "desktop, 1280×800" }],
  pageChecks: [{ tool: "contact", description: "every footer links to the contact page <footer>" }],
  findings: [
    {
      tool: "axe",
      mode: "desktop",
      page: "/",
      rule: "image-alt",
      message: "Images must have alternate text <script>",
      selector: "img.banner",
      html: '<img src="/a.png">',
      wcag: ["1.1.1"],
      helpUrl: "https://dequeuniversity.com/rules/axe/4.14/image-alt",
      impact: "critical",
    },
    { tool: "links", mode: "static", page: "/", rule: "broken-link", message: 'href="/gone/" points to /gone/' },
  ],
  excepted: [
    {
      finding: { tool: "axe", mode: "desktop", page: "/news/", rule: "color-contrast", message: "m" },
      exception: { rule: "color-contrast", pages: "/news/**", reason: "banner image, checked by hand", issue: "#42", source: "audit-exceptions.yaml:3" },
    },
  ],
  staleExceptions: [{ rule: "target-size", pages: "/", reason: "old buttons being replaced", issue: "#9", source: "audit-exceptions.yaml:9" }],
  passed: false,
};

describe("the audit report", () => {
  it("shows the verdict, each page's problems by mode and tool, the WCAG criterion and the help link, escaped", () => {
    const html = renderReport(result);
    assert.match(html, /<title>Accessibility audit failed: 2 problem\(s\) on 2 pages<\/title>/);
    assert.match(html, /<h3 id="page-1">\/: 2 problem\(s\)<\/h3>/);
    assert.match(html, /<h3 id="page-2">\/news\/: no problems<\/h3>/);
    assert.match(html, /<h4>desktop · axe <span>\(desktop, 1280×800\)<\/span><\/h4>/);
    assert.match(html, /<strong>image-alt<\/strong> \(WCAG 1\.1\.1\), impact critical/);
    assert.match(html, /href="https:\/\/dequeuniversity\.com\/rules\/axe\/4\.14\/image-alt">How to fix image-alt/);
    assert.ok(html.includes("alternate text &lt;script&gt;") && !html.includes("text <script>"));
    assert.ok(html.includes("&lt;img src=&quot;/a.png&quot;&gt;"));
    assert.match(html, /Stale exceptions[\s\S]*audit-exceptions\.yaml:9/);
    assert.match(html, /banner image, checked by hand/);
    assert.match(html, /internal links, contact \(every footer links to the contact page &lt;footer&gt;\)\./);
  });

  it("is valid, accessible HTML itself (html-validate and axe-core in Chromium)", async () => {
    const html = renderReport(result);
    const report = await new HtmlValidate(auditDefaults.htmlValidate).validateString(html);
    assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(
        (tags) => (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string }[] }> } }).axe.run({ runOnly: { type: "tag", values: tags } }).then((r) => r.violations.map((v) => v.id)),
        [...defaultAxeTags],
      );
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
    }
  });

  it("writes index.html and a results.json that holds the whole result", async () => {
    const folder = await mkdtemp(join(tmpdir(), "a11y-audit-report-"));
    try {
      const { html, json } = await writeReport(join(folder, "a11y"), result);
      assert.deepEqual(JSON.parse(await readFile(json, "utf8")), result);
      assert.match(await readFile(html, "utf8"), /^<!DOCTYPE html>/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("summarises problems by rule and by page, and a page's progress line", () => {
    const lines = formatSummary(result).join("\n");
    assert.match(lines, /Problems by rule:\n\s+1 {2}links broken-link on 1 page\(s\)\n\s+1 {2}axe image-alt \(WCAG 1\.1\.1\) on 1 page\(s\)/);
    assert.match(lines, /Problems by page:\n\s+2 {2}\//);
    assert.match(lines, /audit-exceptions\.yaml:9: target-size on \//);
    assert.match(lines, /Audit FAILED: 2 pages/);
    assert.equal(describeProblems([]), "ok");
    assert.equal(describeProblems(result.findings), "2 problems (broken-link, image-alt)");
  });
});
