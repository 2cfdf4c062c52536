import { escapeHtml as e } from "../../lib/text/escape-html.ts";
import type { InspectionResult } from "../run-inspection.ts";
import type { InspectFinding, Severity } from "../types.ts";

const severityNames: Record<Severity, string> = { veto: "单项否决", fix: "需整改" };

/** The report's own styles: plain, high contrast, readable at 200% and on a phone. */
const styles = `
body { margin: 0; font: 1.0625rem/1.7 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1b1b; background: #fff; overflow-wrap: anywhere; }
main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3 { line-height: 1.4; }
a { color: #0b3a75; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
th, td { border: 1px solid #505a5f; padding: 0.4rem 0.6rem; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f2f1; }
caption { text-align: start; font-weight: 700; padding: 0.25rem 0; }
code { font-size: 0.95em; overflow-wrap: anywhere; }
.verdict { padding: 0.75rem 1rem; border: 3px solid; font-weight: 700; }
.verdict--fail { border-color: #8f1414; color: #8f1414; }
.verdict--pass { border-color: #1e5a32; color: #1e5a32; }
.rule { border-inline-start: 6px solid #505a5f; padding-inline-start: 1rem; margin-bottom: 2rem; }
.rule--veto { border-color: #8f1414; }
`;

/** Where a finding is: the page, and the source file and line. */
function place(finding: InspectFinding): string {
  const parts = [];
  if (finding.page) parts.push(`页面 <code>${e(finding.page)}</code>`);
  if (finding.file) parts.push(`文件 <code>${e(finding.file)}${finding.line ? `:${finding.line}` : ""}</code>`);
  return parts.join("<br>") || "全站";
}

/** One severity's findings, rule by rule, each with its basis and what to do. */
function findingsSection(result: InspectionResult, severity: Severity): string {
  const own = result.findings.filter((f) => f.severity === severity);
  const blocks = result.rules
    .map((rule) => ({ rule, list: own.filter((f) => f.rule === rule.id) }))
    .filter(({ list }) => list.length)
    .map(({ rule, list }) => `<div class="rule rule--${severity}">
<h3 id="${severity}-${rule.id}">${e(rule.title)}（${list.length}）</h3>
<p><strong>依据：</strong>${e(rule.basis)}</p>
<p><strong>怎样整改：</strong>${e(rule.fix)}</p>
<table>
<caption>${e(rule.title)}：${severityNames[severity]}的问题</caption>
<thead><tr><th scope="col">位置</th><th scope="col">问题</th></tr></thead>
<tbody>
${list.map((f) => `<tr><td>${place(f)}</td><td>${e(f.message)}</td></tr>`).join("\n")}
</tbody>
</table>
</div>`);
  return `<h2 id="${severity}">${severityNames[severity]}（${own.length}）</h2>\n${blocks.length ? blocks.join("\n") : `<p>没有${severityNames[severity]}的问题。</p>`}`;
}

/**
 * The inspection report as one self-contained HTML page in Chinese (its own styles, no script):
 * the verdict, every rule with its result, then each finding with its rule's basis and fix, and
 * the external links to check by hand. Everything from the site is escaped.
 */
export function renderReport(result: InspectionResult): string {
  const vetoes = result.findings.filter((f) => f.severity === "veto").length;
  const fixes = result.findings.length - vetoes;
  const verdict = vetoes
    ? `<p class="verdict verdict--fail">结论：发现${vetoes}个单项否决问题。检查中出现任何一个单项否决问题，网站即被判为不合格，请先处理这些问题。</p>`
    : `<p class="verdict verdict--pass">结论：没有发现单项否决问题。${fixes ? `还有${fixes}个需要整改的问题。` : "也没有需要整改的问题。"}</p>`;
  const overview = result.rules
    .map((rule) => {
      const list = result.findings.filter((f) => f.rule === rule.id);
      const worst: Severity | undefined = list.some((f) => f.severity === "veto") ? "veto" : list.length ? "fix" : undefined;
      const outcome = worst ? `<a href="#${worst}-${rule.id}">${list.length}个问题</a>` : "通过";
      const kind = rule.freshness && result.freshness === "report" ? "需整改（本次只列出，不否决）" : severityNames[rule.severity] + (rule.id === "column-freshness" || rule.id === "empty-columns" ? "（累计达到规定数量即单项否决）" : "");
      return `<tr><th scope="row">${e(rule.title)}</th><td>${kind}</td><td>${outcome}</td></tr>`;
    })
    .join("\n");
  const external = result.external.length
    ? `<table>
<caption>外部链接（共${result.external.length}个网址）</caption>
<thead><tr><th scope="col">网址</th><th scope="col">链接它的页面数</th><th scope="col">例如</th></tr></thead>
<tbody>
${result.external.map((link) => `<tr><td><code>${e(link.url)}</code></td><td>${link.pageCount}</td><td>${link.pages.map((p) => `<code>${e(p)}</code>`).join("、")}</td></tr>`).join("\n")}
</tbody>
</table>`
    : "<p>本站没有链接到其他网站。</p>";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网站检查报告 — ${e(result.site.name)}</title>
<style>${styles}</style>
</head>
<body>
<main>
<h1>网站检查报告</h1>
<p>${e(result.site.name)}（<code>${e(result.site.baseUrl)}</code>），检查日期${e(result.date)}，检查了<code>${e(result.folder)}</code>中的${result.pageCount}个页面和网站的设置、内容文件。${result.freshness === "report" ? "本次检查只列出首页和栏目更新的问题，不按单项否决计。" : ""}</p>
${verdict}
<h2 id="overview">各项检查结果</h2>
<table>
<caption>检查项目（依据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）、《政府信息公开条例》和国办发〔2017〕47号）</caption>
<thead><tr><th scope="col">检查项目</th><th scope="col">类别</th><th scope="col">结果</th></tr></thead>
<tbody>
${overview}
</tbody>
</table>
${findingsSection(result, "veto")}
${findingsSection(result, "fix")}
<h2 id="external">外部链接（需人工核对）</h2>
<p>检查时不访问其他网站。请逐个打开下列网址，确认仍然可用、内容正确。</p>
${external}
<h2 id="how">怎样使用本报告</h2>
<ul>
<li>“单项否决”的问题会使网站在检查中被直接判为不合格，必须先处理；“需整改”的问题会被扣分或不符合法规要求。</li>
<li>每个问题写明了位置（页面地址，或设置、内容文件和行号）、依据和整改办法。改好后重新构建网站，再运行 <code>npm run inspect</code>，直到没有单项否决问题。</li>
<li>同样的结果也写在本报告旁边的 <code>inspect.json</code> 中，供其他工具读取。</li>
</ul>
</main>
</body>
</html>
`;
}
