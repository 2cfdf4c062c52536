import { daysBetween } from "../site/days.ts";
import type { InspectRule, RuleFinding } from "../types.ts";

/**
 * 栏目更新: each column of a freshness class (inspect.yaml: 动态、要闻类 14 days, 通知公告、政策文件类
 * 183…) has an item at most that old on the day inspected. Each stale column is a finding to fix;
 * as many stale columns of a class as its `veto` fail the site, as the indicators count them.
 * Empty columns are the empty-columns rule's.
 */
export const columnFreshness: InspectRule = {
  id: "column-freshness",
  title: "栏目更新",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项“栏目不更新”：动态、要闻类栏目2周内、通知公告、政策文件类栏目6个月内未更新的栏目累计达到规定数量（inspect.yaml 的 freshness）",
  fix: "在未更新的栏目发布新信息；长期没有内容可发的栏目应当合并或撤销（从 channels.yaml 和 sections.yaml 中去掉）",
  severity: "fix",
  freshness: true,
  checkSite: ({ content, date }) => {
    const findings: RuleFinding[] = [];
    for (const group of content.portal.inspect.freshness) {
      const stale: string[] = [];
      for (const channel of content.channels.filter((c) => group.columnTypes.includes(c.columnType))) {
        const own = content.articles.filter((a) => a.channel.slug === channel.slug);
        if (!own.length) continue;
        const newest = own.map((a) => a.published.date).filter((d) => d <= date).sort().pop();
        const age = newest ? daysBetween(newest, date) : Infinity;
        if (age <= group.days) continue;
        stale.push(channel.name);
        const since = newest ? `最近一次更新是${newest}，到${date}已${age}天` : `没有${date}以前发布的信息`;
        findings.push({ page: channel.url, message: `栏目“${channel.name}”${since}未更新（${group.name}栏目限${group.days}天）` });
      }
      if (stale.length >= group.veto) {
        findings.push({ severity: "veto", message: `${group.name}栏目中有${stale.length}个超过${group.days}天未更新（${stale.join("、")}），达到单项否决的${group.veto}个` });
      }
    }
    return findings;
  },
};
