import { annualReportColumnType } from "../../lib/disclosure/annual-reports.ts";
import type { PortalPageId } from "../../lib/model/types.ts";
import { pageCatalogue } from "../../lib/portal/page-catalogue.ts";
import type { InspectRule, RuleFinding } from "../types.ts";

/** What the law and the indicators require a government site to publish, by the page that publishes it. */
const required: readonly [PortalPageId, string][] = [
  ["xxgkzn", "《政府信息公开条例》第十二条：编制、公布政府信息公开指南（xxgk.yaml 的 guide）"],
  ["xxgkzd", "《政府信息公开条例》第四条：建立健全本行政机关的政府信息公开工作制度（xxgk.yaml 的 rules）"],
  ["fdzdgknr", "《政府信息公开条例》第十九、二十条：主动公开法定内容（xxgk.yaml 的 statutory）"],
  ["ysqgk", "《政府信息公开条例》第二十七条起：依申请公开的途径（xxgk.yaml 的 application）"],
  ["bszn", "《政府网站与政务新媒体检查指标》“办事服务”：办事指南要素齐全（content/guides/）"],
  ["qqgk", "《政府网站与政务新媒体检查指标》“信息发布”：概况信息（content/organization/overview.yaml）"],
  ["jgzn", "《政府信息公开条例》第二十条第（二）项：机关职能、机构设置、办公地址、办公时间、联系方式（content/organization/departments.yaml）"],
  ["ldxx", "《政府信息公开条例》第二十条第（二）项：负责人姓名（content/organization/leaders.yaml）"],
];

/**
 * 必备内容: the 政府信息公开 section's pages (指南, 制度, 法定主动公开内容, 依申请公开), a 年报 channel,
 * 办事指南 and the 机构 pages are published, and the footer can show the 党政机关网站标识. Each gap is a
 * finding to fix with where the data goes; nothing is invented to fill it.
 */
export const requiredContent: InspectRule = {
  id: "required-content",
  title: "必备内容",
  basis: "《政府信息公开条例》（2019）第四、十二、二十、二十七、四十九条；《政府网站与政务新媒体检查指标》“信息发布”“办事服务”；《政府网站发展指引》（国办发〔2017〕47号）页脚要求",
  fix: "按 README 的“政府信息公开”一节填写对应的设置或数据文件，并在 sections.yaml 中把页面列入版块",
  severity: "fix",
  checkSite: ({ content }) => {
    const published = new Set(content.portal.sections.flatMap((s) => s.pages.map((p) => p.id)));
    const findings: RuleFinding[] = required.filter(([id]) => !published.has(id)).map(([id, basis]) => ({ message: `没有“${pageCatalogue[id].name}”页面。${basis}` }));
    if (!content.channels.some((c) => c.columnType === annualReportColumnType)) {
      findings.push({ message: `没有信息公开年报栏目（ColumnType ${annualReportColumnType}）。《政府信息公开条例》第四十九、五十条：每年公布上一年度的政府信息公开工作年度报告` });
    }
    if (!content.site.conacId) findings.push({ message: "site.yaml 没有 conacId，页脚不能显示党政机关网站标识。《政府网站发展指引》（国办发〔2017〕47号）：页面底部应当有党政机关网站标识" });
    return findings;
  },
};
