import { annualReportColumnType, reportYear } from "../../lib/disclosure/annual-reports.ts";
import type { InspectRule } from "../types.ts";

/**
 * 年度报告: the 年报 channel has the report on last year once its deadline has passed (and the one
 * before, until then). A district government's own report is due by 3月31日 (条例第四十九条: the
 * 本级政府's report by 3月31日, its departments' by 1月31日). A site without a 年报 channel is
 * required-content's finding.
 */
/** The day (MM-DD) by which last year's report must be out: the district government's, 3月31日. */
const deadline = "03-31";

export const annualReport: InspectRule = {
  id: "annual-report",
  title: "信息公开年度报告",
  basis: "《政府信息公开条例》第四十九条：县级以上地方人民政府的年度报告每年3月31日前、其部门的年度报告每年1月31日前向社会公布",
  fix: "在年报栏目发布上一年度的报告（标题写明年份，如“2024年政府信息公开工作年度报告”）",
  severity: "fix",
  checkSite: ({ content, date }) => {
    const channels = content.channels.filter((c) => c.columnType === annualReportColumnType);
    const year = Number(date.slice(0, 4));
    const due = date.slice(5) > deadline ? year - 1 : year - 2;
    return channels
      .filter((channel) => !content.articles.some((a) => a.channel.slug === channel.slug && reportYear(a.title) === due && a.published.date <= date))
      .map((channel) => ({ page: channel.url, message: `栏目“${channel.name}”没有${due}年度的报告（应在${due + 1}年3月31日前公布）` }));
  },
};
