import type { InspectRule, RuleFinding } from "../types.ts";

/** 空白栏目: a channel with no item. Each is a finding to fix; `emptyVeto` of them (5 by the indicators) fail the site. */
export const emptyColumns: InspectRule = {
  id: "empty-columns",
  title: "空白栏目",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项“栏目不更新”：空白栏目（无任何信息）数量累计达到规定数量（inspect.yaml 的 emptyVeto）",
  fix: "在空白栏目发布信息，或把它从 channels.yaml 和 sections.yaml 中去掉",
  severity: "fix",
  checkSite: ({ content }) => {
    const empty = content.channels.filter((channel) => !content.articles.some((a) => a.channel.slug === channel.slug));
    const findings: RuleFinding[] = empty.map((channel) => ({ page: channel.url, message: `栏目“${channel.name}”没有任何信息` }));
    const limit = content.portal.inspect.emptyVeto;
    if (empty.length >= limit) findings.push({ severity: "veto", message: `有${empty.length}个空白栏目（${empty.map((c) => c.name).join("、")}），达到单项否决的${limit}个` });
    return findings;
  },
};
