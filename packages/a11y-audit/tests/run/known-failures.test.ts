import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import type { AuditResult } from "../../src/report/audit-result.ts";
import type { Finding } from "../../src/types.ts";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/a11y-audit.js", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The styles of the planted failures, added to the site's stylesheet. */
const failuresCss = `
/* known failures */
.faint { color: #b5b5b5; } /* 2.1:1 on white */
.tiny { width: 20px; height: 20px; min-width: 0; min-height: 0; padding: 0; margin: 0; border: 1px solid #000; font-size: 10px; line-height: 1; }
.no-focus:focus, .no-focus:focus-visible { outline: none !important; background: none !important; box-shadow: none !important; color: inherit !important; }
[data-theme="dark"] .dim { color: #5a5a5a; } /* about 2.6:1 on the dark theme's #121212 */
`;

/** Added to the home page's content: an image without alt text, pale text, two tiny buttons, a link that hides its focus, text dim in the dark theme only. */
const homeFailures = `    <h2>Planted failures</h2>
    <p><img src="/assets/beds.svg" width="40" height="40"></p>
    <p class="faint">Pale grey text that is hard to read.</p>
    <p><button type="button" class="tiny">A</button><button type="button" class="tiny">B</button></p>
    <p><a class="no-focus" href="/about/">A link that hides its focus</a></p>
    <p class="dim">Text that is readable in the light theme only.</p>
  </main>`;

/** Replaces `from` in a file of the copied site, failing loudly when the fixture no longer has it. */
async function plant(site: string, file: string, from: string, to: string, into = file): Promise<void> {
  const text = await readFile(join(site, file), "utf8");
  assert.ok(text.includes(from), `${file} has ${from}`);
  await writeFile(join(site, into), text.replace(from, to));
}

/**
 * Plants known failures in a copy of the clean fixture site: those of the home page, a
 * broken link on the about page, and a page missing from sitemap.xml (a copy of the
 * contact page) with an image without alt text and no link to the contact page in its footer.
 */
async function plantFailures(site: string): Promise<void> {
  await appendFile(join(site, "assets", "site.css"), failuresCss);
  await plant(site, "index.html", "  </main>", homeFailures);
  await plant(site, "about/index.html", "  </main>", '    <p><a href="/no-such-page/">The waiting list</a></p>\n  </main>');
  await mkdir(join(site, "orphan"));
  await plant(site, "contact/index.html", "<title>Contact", "<title>Old notices", "orphan/index.html");
  const contactContent = "<h1>Contact the society</h1>\n    <p>Write to the secretary at the allotment gate, Riverside Lane.</p>";
  await plant(site, "orphan/index.html", contactContent, '<h1>Old notices</h1>\n    <p><img src="/assets/beds.svg" width="320" height="120"></p>');
  await plant(site, "orphan/index.html", '<p><a href="/contact/">Contact the society</a></p>', "<p>Riverside Allotment Society</p>");
}

/** One exception the page check's finding needs, and one that matches nothing. */
const exceptionsYaml = `exceptions:
  - rule: contact-link-missing
    pages: "/orphan/"
    tool: contact
    reason: the old notices page is being retired, footer and all
    issue: "#12"
  - rule: target-size
    pages: "/news/**"
    reason: the news buttons were made larger long ago
    issue: "#3"
`;

/** The modes of the fixture config: the package's six and the site's dark theme. */
const everyMode = ["desktop", "phone", "text-200", "text-spacing", "forced-colors", "no-javascript", "dark"];
/** The modes that keep the page's own colours, and whose colours make the pale text too pale. */
const lightModes = everyMode.filter((mode) => mode !== "dark");
/** The modes that ask for 44×44 px targets. */
const targetModes = ["desktop", "phone", "dark"];

/** Every finding the planted failures cause, and no other: `tool mode page rule selector`. */
const plantedFindings = [
  // The home page's image without alt text, by every tool that looks at images.
  "html-validate static / wcag/h37 #main > p:nth-child(5) > img",
  "pa11y:htmlcs desktop / WCAG2AA.Principle1.Guideline1_1.1_1_1.H37 #main > p:nth-child(5) > img",
  "pa11y:axe desktop / image-alt #main > p:nth-child(5) > img",
  ...everyMode.map((mode) => `axe ${mode} / image-alt img`),
  // The pale text, wherever the light theme's colours are used; the text that is dim in the dark theme only.
  "pa11y:htmlcs desktop / WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail #main > p:nth-child(6)",
  "pa11y:axe desktop / color-contrast #main > p:nth-child(6)",
  ...lightModes.map((mode) => `axe ${mode} / color-contrast .faint`),
  "axe dark / color-contrast .dim",
  // The two 20×20 px buttons: below WCAG 2.5.8's 24 px (axe) in every mode, below 44 px where a mode asks for it.
  ...everyMode.flatMap((mode) => [`axe ${mode} / target-size button:nth-child(1)`, `axe ${mode} / target-size button:nth-child(2)`]),
  ...targetModes.flatMap((mode) => [1, 2].map((n) => `layout ${mode} / target-below-44px #main > p:nth-of-type(5) > button.tiny:nth-of-type(${n})`)),
  // The link whose focus outline was removed, where focus is walked with the Tab key.
  "keyboard desktop / focus-not-visible #main > p:nth-of-type(6) > a.no-focus",
  "keyboard forced-colors / focus-not-visible #main > p:nth-of-type(6) > a.no-focus",
  // The broken link on the about page.
  "links static /about/ broken-link ",
  // The page missing from the sitemap, audited all the same: its image without alt text.
  "pages static /orphan/ page-not-in-sitemap ",
  "html-validate static /orphan/ wcag/h37 #main > p > img",
  "pa11y:htmlcs desktop /orphan/ WCAG2AA.Principle1.Guideline1_1.1_1_1.H37 #main > p > img",
  "pa11y:axe desktop /orphan/ image-alt #main > p > img",
  ...everyMode.map((mode) => `axe ${mode} /orphan/ image-alt img`),
].sort();

const describeFinding = (f: Finding) => `${f.tool} ${f.mode} ${f.page} ${f.rule} ${f.selector ?? ""}`;

let folder: string;
let result: AuditResult;
let exitCode: number;
let output: string;

describe("the audit of a site with known failures", { timeout: 600_000 }, () => {
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "a11y-audit-known-failures-"));
    const site = join(folder, "site");
    await cp(join(fixtures, "clean-site"), site, { recursive: true });
    await plantFailures(site);
    await writeFile(join(folder, "exceptions.yaml"), exceptionsYaml);
    const args = ["--config", join(fixtures, "audit.config.ts"), "--folder", site, "--report", join(folder, "report"), "--exceptions", join(folder, "exceptions.yaml"), "--no-cache"];
    try {
      const done = await run(process.execPath, [bin, ...args], { maxBuffer: 20e6 });
      exitCode = 0;
      output = done.stdout;
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      exitCode = failed.code;
      output = failed.stdout + failed.stderr;
    }
    result = JSON.parse(await readFile(join(folder, "report", "results.json"), "utf8")) as AuditResult;
  });
  after(async () => {
    if (folder && !process.env.KEEP_FIXTURE) await rm(folder, { recursive: true, force: true });
  });

  const found = (tool: string, rule: string, page: string) => result.findings.filter((f) => f.tool === tool && f.rule === rule && f.page === page);

  it("exits non-zero and says the audit failed", () => {
    assert.equal(exitCode, 1, output);
    assert.equal(result.passed, false);
    assert.match(output, /Audit FAILED: 7 pages, 7 display modes, /);
  });

  it("prints a progress line for every page, the unlisted one and the known extra one included", () => {
    // axe's image-alt in seven modes, pa11y's, page-not-in-sitemap, html-validate's, HTML_CodeSniffer's; the excepted one not counted
    assert.match(output, /\[\d\/7\] \/orphan\/ 11 problems \(image-alt ×7, image-alt, page-not-in-sitemap, wcag\/h37, …\)\n/);
    assert.match(output, /\[\d\/7\] \/offline\.html ok/);
    assert.match(output, /\[\d\/7\] \/news\/ ok/);
  });

  it("finds exactly the planted failures, and nothing else", () => {
    assert.deepEqual(result.findings.map(describeFinding).sort(), plantedFindings);
  });

  it("reports the image without alt text in axe-core in every mode and in both of pa11y's runners, with the WCAG criterion and the technique", () => {
    assert.deepEqual(found("axe", "image-alt", "/").map((f) => [f.mode, f.wcag]), everyMode.map((mode) => [mode, ["1.1.1"]]));
    assert.equal(found("pa11y:htmlcs", "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37", "/")[0]?.helpUrl, "https://www.w3.org/WAI/WCAG22/Techniques/html/H37");
    assert.deepEqual(found("pa11y:axe", "image-alt", "/")[0]?.wcag, ["1.1.1"]);
  });

  it("reports the pale text in every mode that keeps the light theme's colours, and the dim text in the site's own dark mode only", () => {
    const contrast = found("axe", "color-contrast", "/");
    assert.deepEqual(contrast.filter((f) => f.html?.includes('class="faint"')).map((f) => f.mode), lightModes);
    assert.deepEqual(contrast.filter((f) => f.html?.includes('class="dim"')).map((f) => f.mode), ["dark"]);
  });

  it("reports the 20×20 px buttons as too small a target (WCAG 2.2 2.5.8), and below 44 px in the modes that ask for 44", () => {
    const axe = found("axe", "target-size", "/");
    assert.equal(axe.length, 2 * everyMode.length);
    assert.ok(axe.every((f) => f.html?.includes('class="tiny"') && f.wcag?.includes("2.5.8")));
    const small = found("layout", "target-below-44px", "/");
    assert.deepEqual([...new Set(small.map((f) => f.mode))], targetModes);
    assert.ok(small.every((f) => f.message.includes("20×20 px") && f.message.includes("at least 44×44 CSS px")));
  });

  it("reports the page missing from the sitemap once, and audits it anyway in the browser", () => {
    assert.equal(found("pages", "page-not-in-sitemap", "/orphan/").length, 1);
    assert.ok(result.pages.some((p) => p.path === "/orphan/"));
    assert.deepEqual(found("axe", "image-alt", "/orphan/").map((f) => f.mode), everyMode);
  });

  it("reports the broken internal link", () => {
    assert.deepEqual(found("links", "broken-link", "/about/").map((f) => f.message), ['href="/no-such-page/" points to /no-such-page/, which the build does not have']);
  });

  it("reports the link whose focus style was removed with outline: none, and only that one", () => {
    const focus = found("keyboard", "focus-not-visible", "/");
    assert.deepEqual(focus.map((f) => f.mode), ["desktop", "forced-colors"]);
    for (const finding of focus) assert.match(finding.selector ?? "", /a\.no-focus$/);
  });

  it("runs the config's own page check, whose finding the exceptions file accepts, and fails on the exception that matches nothing", () => {
    assert.deepEqual(
      result.excepted.map(({ finding, exception }) => `${finding.tool} ${finding.page} ${finding.rule} ← ${exception.source.replace(folder, "")}`),
      ["contact /orphan/ contact-link-missing ← /exceptions.yaml:2"],
    );
    assert.deepEqual(result.staleExceptions.map((x) => `${x.rule} ${x.pages}`), ["target-size /news/**"]);
    assert.match(output, /Stale exceptions \(they match nothing; remove them\):\n {2}.*exceptions\.yaml:7: target-size on \/news\/\*\*/);
  });

  it("writes an HTML report naming each failure and the site's own check", async () => {
    const html = await readFile(join(folder, "report", "index.html"), "utf8");
    for (const rule of ["image-alt", "color-contrast", "target-size", "target-below-44px", "page-not-in-sitemap", "broken-link", "focus-not-visible", "contact-link-missing"]) {
      assert.ok(html.includes(rule), `the report mentions ${rule}`);
    }
    assert.ok(html.includes("contact (every footer links to the contact page)"));
  });
});
