import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { buildSite } from "../../../src/publish/build-site.ts";
import { searchIndexStep } from "../../../src/publish/post-build-steps.ts";
import type { AuditResult } from "../../../src/tools/audit/audit-result.ts";

const run = promisify(execFile);

/** A 1×1 PNG, so the image without alt text is a real image that loads. */
const pixelPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** Known failures, each added to a copy of the real built site. */
const fixtureCss = `
/* audit fixture: known failures */
.xc-fixture-faint { color: #b5b5b5; }                      /* 2.1:1 on white */
.xc-fixture-tiny { width: 20px; height: 20px; min-height: 0; padding: 0; margin: 0; border: 1px solid #000; font-size: 10px; line-height: 1; }
.xc-fixture-no-focus:focus, .xc-fixture-no-focus:focus-visible { outline: none !important; background: none !important; box-shadow: none !important; color: inherit !important; }
`;
const homeAdditions = `
<section>
  <h2>审查用的错误示例</h2>
  <p><img src="/assets/fixture-pixel.png" width="40" height="40"></p>
  <p class="xc-fixture-faint">浅灰色文字，对比度不足。</p>
  <p><button type="button" class="xc-fixture-tiny">甲</button><button type="button" class="xc-fixture-tiny">乙</button></p>
  <p><a class="xc-fixture-no-focus" href="/about/">没有焦点样式的链接</a></p>
</section>
`;

let folder: string;
let result: AuditResult;
let exitCode: number;
let output: string;

describe("the audit of a site with known failures", { timeout: 600_000 }, () => {
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "xc-audit-fixture-"));
    const site = join(folder, "site");
    // with the search index, as published; without fingerprinting, so the fixture CSS below edits site.css itself
    await buildSite({ output: site, steps: [searchIndexStep] });
    const home = join(site, "index.html");
    await writeFile(home, (await readFile(home, "utf8")).replace("</main>", `${homeAdditions}</main>`));
    await writeFile(join(site, "assets", "fixture-pixel.png"), pixelPng);
    await appendFile(join(site, "assets", "site.css"), fixtureCss);
    const about = join(site, "about", "index.html");
    await writeFile(about, (await readFile(about, "utf8")).replace("</main>", `<p><a href="/no-such-page/">一个不存在的页面</a></p></main>`));
    await mkdir(join(site, "orphan"));
    await writeFile(join(site, "orphan", "index.html"), await readFile(about, "utf8"));

    const report = join(folder, "report");
    try {
      const done = await run(process.execPath, ["--import", "tsx", "src/tools/audit/cli.ts", "--folder", site, "--report", report, "--no-cache"], { maxBuffer: 20e6 });
      exitCode = 0;
      output = done.stdout;
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      exitCode = failed.code;
      output = failed.stdout + failed.stderr;
    }
    result = JSON.parse(await readFile(join(report, "results.json"), "utf8")) as AuditResult;
  });
  after(async () => {
    if (folder && !process.env.KEEP_FIXTURE) await rm(folder, { recursive: true, force: true });
  });

  const found = (tool: string, rule: string, page: string) =>
    result.findings.filter((f) => f.tool === tool && f.rule === rule && f.page === page);

  it("exits non-zero and says the audit failed", () => {
    assert.equal(exitCode, 1, output);
    assert.equal(result.passed, false);
    assert.match(output, /Audit FAILED/);
  });

  it("prints a progress line for every page, the unlisted one included", () => {
    assert.match(output, /\[\d+\/\d+\] \/orphan\/ \d+ problems?/);
    assert.match(output, /\[\d+\/\d+\] \/tzgg\/ ok/);
  });

  it("reports the image without alt text, in axe-core and in both of pa11y's runners", () => {
    assert.ok(found("axe", "image-alt", "/").some((f) => f.html?.includes("fixture-pixel.png") && f.wcag?.includes("1.1.1")));
    const htmlcs = found("pa11y:htmlcs", "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37", "/");
    assert.equal(htmlcs[0]?.helpUrl, "https://www.w3.org/WAI/WCAG22/Techniques/html/H37", output);
    assert.deepEqual(found("pa11y:axe", "image-alt", "/")[0]?.wcag, ["1.1.1"]);
  });

  it("reports the low-contrast text in every mode that keeps the page's colours", () => {
    const modes = found("axe", "color-contrast", "/").filter((f) => f.html?.includes("xc-fixture-faint")).map((f) => f.mode);
    assert.ok(modes.includes("desktop") && modes.includes("phone"), `color-contrast found in: ${modes.join(", ")}`);
  });

  it("reports the 20×20 px buttons as too small a target (WCAG 2.2 2.5.8)", () => {
    assert.ok(found("axe", "target-size", "/").some((f) => f.html?.includes("xc-fixture-tiny") && f.wcag?.includes("2.5.8")));
    // and, held to the 适老化 44 px, by the layout check too, in desktop and phone modes
    const small = found("layout", "target-below-44px", "/").filter((f) => f.html?.includes("xc-fixture-tiny"));
    assert.deepEqual([...new Set(small.map((f) => f.mode))].sort(), ["desktop", "phone"]);
  });

  it("reports the page missing from the sitemap, and audits it anyway", () => {
    assert.equal(found("pages", "page-not-in-sitemap", "/orphan/").length, 1);
    assert.ok(result.pages.some((p) => p.path === "/orphan/"));
    assert.ok(result.findings.some((f) => f.page === "/orphan/" && f.tool === "axe") || found("links", "broken-link", "/orphan/").length > 0);
  });

  it("reports the broken internal link", () => {
    assert.ok(found("links", "broken-link", "/about/").some((f) => f.message.includes("/no-such-page/")));
  });

  it("reports the link whose focus style was removed with outline: none, and only that one", () => {
    const focus = found("keyboard", "focus-not-visible", "/");
    assert.deepEqual(focus.map((f) => f.mode).sort(), ["desktop", "forced-colors"], JSON.stringify(focus));
    for (const finding of focus) assert.match(finding.selector ?? "", /xc-fixture-no-focus/);
  });

  it("writes an HTML report naming each failure", async () => {
    const html = await readFile(join(folder, "report", "index.html"), "utf8");
    for (const rule of ["image-alt", "color-contrast", "target-size", "page-not-in-sitemap", "broken-link", "focus-not-visible"]) {
      assert.ok(html.includes(rule), `the report mentions ${rule}`);
    }
  });
});
