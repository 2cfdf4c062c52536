import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Finding } from "../types.ts";
import type { AuditResult } from "./audit-result.ts";
import { escapeHtml } from "./escape-html.ts";
import { countByPage, countByRule } from "./summary.ts";

/** The report's own styles: black on white, focus visible, readable at any zoom. */
const reportCss = `
body { font: 1.0625rem/1.6 system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 0 auto; padding: 0 1rem 3rem; max-width: 72rem; }
a { color: #0b3a75; } a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; background: #ffdd00; }
.skip { position: absolute; left: -100rem; } .skip:focus { position: static; }
table { border-collapse: collapse; margin: 0 0 1.5rem; } caption { text-align: start; font-weight: 700; padding: 0.5rem 0; }
th, td { border: 1px solid #505a5f; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9375rem; overflow-wrap: anywhere; white-space: pre-wrap; }
pre { background: #f3f2f1; padding: 0.5rem; margin: 0.25rem 0; }
.finding { border-top: 1px solid #505a5f; padding: 0.5rem 0; } .finding p { margin: 0.25rem 0; }
.verdict { font-size: 1.25rem; font-weight: 700; }`;

const e = escapeHtml;

function pageAnchor(index: number): string {
  return `page-${index + 1}`;
}

function helpLink(finding: Finding): string {
  return finding.helpUrl && /^https?:\/\//.test(finding.helpUrl) ? ` <a href="${e(finding.helpUrl)}">How to fix ${e(finding.rule)}</a>` : "";
}

function renderFinding(finding: Finding): string {
  const wcag = finding.wcag?.length ? ` (WCAG ${e(finding.wcag.join(", "))})` : "";
  const impact = finding.impact ? `, impact ${e(finding.impact)}` : "";
  return [
    `<li class="finding">`,
    `<p><strong>${e(finding.rule)}</strong>${wcag}${impact}: ${e(finding.message)}${helpLink(finding)}</p>`,
    finding.selector ? `<p>Element: <code>${e(finding.selector)}</code></p>` : "",
    finding.html ? `<pre><code>${e(finding.html)}</code></pre>` : "",
    `</li>`,
  ].join("");
}

/** The findings of one page, grouped by display mode and tool. */
function renderPage(result: AuditResult, path: string, index: number): string {
  const findings = result.findings.filter((f) => f.page === path);
  const heading = `<h3 id="${pageAnchor(index)}">${e(path)}: ${findings.length ? `${findings.length} problem(s)` : "no problems"}</h3>`;
  if (!findings.length) return heading;
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.mode} · ${finding.tool}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const modeNames = new Map(result.modes.map((m) => [m.name, m.description]));
  return (
    heading +
    [...groups.entries()]
      .map(([key, group]) => {
        const [mode] = key.split(" · ");
        const description = modeNames.get(mode!) ?? (mode === "static" ? "the built HTML file" : mode);
        return `<h4>${e(key)} <span>(${e(description ?? "")})</span></h4><ul>${group.map(renderFinding).join("")}</ul>`;
      })
      .join("")
  );
}

/** The accessible HTML report: verdict, summaries, every page's findings, exceptions. */
export function renderReport(result: AuditResult): string {
  const verdict = result.passed ? "passed" : "failed";
  const byRule = countByRule(result.findings);
  const byPage = countByPage(result.findings);
  const pageIndex = new Map(result.pages.map((p, i) => [p.path, i]));
  const pageLink = (path: string) => (pageIndex.has(path) ? `<a href="#${pageAnchor(pageIndex.get(path)!)}">${e(path)}</a>` : e(path));
  const title = `Accessibility audit ${verdict}: ${result.findings.length} problem(s) on ${result.pages.length} pages`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${reportCss}</style>
</head>
<body>
<a class="skip" href="#pages">Skip to the results by page</a>
<header>
<h1>${e(title)}</h1>
<p class="verdict">The audit ${result.passed ? "PASSED: no problems and no stale exceptions" : "FAILED"}.</p>
<p>Run ${e(result.startedAt)} on <code>${e(result.folder)}</code>, in ${result.durationSeconds.toFixed(1)} seconds.
Tools: pa11y-ci (HTML_CodeSniffer and axe, WCAG2AA), axe-core (WCAG 2.2 AA and best practices) in every display mode,
keyboard checks, layout checks, html-validate, internal links${(result.pageChecks ?? []).map((c) => `, ${e(c.tool)} (${e(c.description)})`).join("")}.</p>
</header>
<main>
<h2>Display modes</h2>
<ul>${result.modes.map((m) => `<li><code>${e(m.name)}</code>: ${e(m.description)}</li>`).join("")}</ul>
<h2>Summary</h2>
${
  byRule.length
    ? `<table><caption>Problems by rule</caption><thead><tr><th scope="col">Tool</th><th scope="col">Rule</th><th scope="col">WCAG</th><th scope="col">Problems</th><th scope="col">Pages</th></tr></thead><tbody>${byRule
        .map((r) => `<tr><td>${e(r.tool)}</td><th scope="row">${e(r.rule)}</th><td>${e(r.wcag.join(", "))}</td><td>${r.count}</td><td>${r.pages.map(pageLink).join(", ")}</td></tr>`)
        .join("")}</tbody></table>
<table><caption>Problems by page</caption><thead><tr><th scope="col">Page</th><th scope="col">Problems</th></tr></thead><tbody>${byPage
        .map((p) => `<tr><th scope="row">${pageLink(p.page)}</th><td>${p.count}</td></tr>`)
        .join("")}</tbody></table>`
    : "<p>No problems found.</p>"
}
${
  result.staleExceptions.length
    ? `<h2>Stale exceptions</h2><p>These exceptions match no finding any more. Remove them from the exceptions file.</p><ul>${result.staleExceptions
        .map((x) => `<li><code>${e(x.source)}</code>: ${e(x.rule)} on <code>${e(x.pages)}</code> (${e(x.issue)})</li>`)
        .join("")}</ul>`
    : ""
}
<h2 id="pages" tabindex="-1">Results by page</h2>
${result.pages.map((p, i) => renderPage(result, p.path, i)).join("\n")}
<h2>Accepted exceptions</h2>
${
  result.excepted.length
    ? `<table><caption>Findings accepted by the exceptions file</caption><thead><tr><th scope="col">Page</th><th scope="col">Mode and tool</th><th scope="col">Rule</th><th scope="col">Reason</th><th scope="col">Tracked by</th></tr></thead><tbody>${result.excepted
        .map(({ finding: f, exception: x }) => `<tr><td>${e(f.page)}</td><td>${e(`${f.mode} · ${f.tool}`)}</td><th scope="row">${e(f.rule)}</th><td>${e(x.reason)}</td><td>${e(x.issue)} (<code>${e(x.source)}</code>)</td></tr>`)
        .join("")}</tbody></table>`
    : "<p>None.</p>"
}
</main>
</body>
</html>
`;
}

/** Writes `folder`/index.html (for people) and results.json (for machines). */
export async function writeReport(folder: string, result: AuditResult): Promise<{ html: string; json: string }> {
  await mkdir(folder, { recursive: true });
  const html = join(folder, "index.html");
  const json = join(folder, "results.json");
  await writeFile(html, renderReport(result));
  await writeFile(json, `${JSON.stringify(result, null, 2)}\n`);
  return { html, json };
}
