import type { Article, BuildProblem } from "../model/types.ts";

/** The ColumnType of the channel that holds the 政府信息公开工作年度报告 (one a year). */
export const annualReportColumnType = "信息公开年报";

/** The year a 年报 reports on: the first 4-digit year its title names (2024年…年度报告), or undefined. */
export function reportYear(title: string): number | undefined {
  const match = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(title);
  return match ? Number(match[1]) : undefined;
}

/**
 * The 年报 channels hold one report a year (《政府信息公开条例》第四十九、五十条): each report
 * names its year in its title, and no year is reported twice. Problems name the file and title.
 */
export function checkAnnualReports(articles: readonly Article[]): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const seen = new Map<string, string>();
  for (const article of [...articles].reverse()) { // oldest first: the later file is the one reported
    if (article.channel.columnType !== annualReportColumnType) continue;
    const year = reportYear(article.title);
    if (year === undefined) {
      problems.push({ file: article.sourceFile, field: "title", message: `is "${article.title}", which names no year; expected the year the 年报 reports on, e.g. 2024年政府信息公开工作年度报告` });
      continue;
    }
    const key = `${article.channel.slug}:${year}`;
    if (seen.has(key)) problems.push({ file: article.sourceFile, field: "title", message: `reports on ${year} again (${seen.get(key)} does already); expected one 年报 a year` });
    else seen.set(key, article.sourceFile);
  }
  return problems;
}
