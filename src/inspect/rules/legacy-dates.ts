import { resolve } from "node:path";
import { contentFolders } from "../../lib/load-site.ts";
import type { InspectRule } from "../types.ts";

/**
 * 旧站日期: a page imported from the old site shows its original publish date. The importer
 * (src/lib/legacy) takes a date as the original when the page itself states it (a front-matter
 * date:, a full date or a year opening its lead, its file name agreeing with the lead) or an
 * operator confirms it in overrides.csv. Where it had to guess (a year read from elsewhere in the
 * lead, a file name disagreeing with the lead, a folder row contradicting the lead's year) it
 * warns; each such page is published under a date nobody vouched for, which the inspection treats
 * as a forged date.
 */
export const legacyDates: InspectRule = {
  id: "legacy-dates",
  title: "旧站导入日期",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项“严重错误”：虚假或伪造内容（发布日期不是原始日期）",
  fix: "核对旧站的原始发布日期，在 legacy/ 的 overrides.csv 中为该页写一行（路径,日期）确认或更正",
  severity: "veto",
  checkSite: ({ content, source }) => {
    const legacy = resolve(contentFolders(source.contentDir).legacy);
    const byFile = new Map(content.articles.map((a) => [resolve(a.sourceFile), a.url]));
    return content.warnings
      .filter((w) => w.field === "date" && resolve(w.file).startsWith(`${legacy}/`))
      .map((w) => ({ page: byFile.get(resolve(w.file)), file: w.file, line: w.line, message: `发布日期不能确认是原始日期：${w.message}` }));
  },
};
