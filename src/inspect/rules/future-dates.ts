import type { InspectRule, RuleFinding } from "../types.ts";

/**
 * 日期晚于检查日: nothing published carries a date after the day inspected: an article dated
 * ahead (the build allows futureDays for an evening's article) or an item updated "tomorrow" is a
 * date that is not true yet, and it keeps a stale page looking fresh.
 */
export const futureDates: InspectRule = {
  id: "future-dates",
  title: "日期晚于检查日",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项“严重错误”：虚假或伪造内容（伪造的发布日期）",
  fix: "把日期改为信息真实的发布或更新日期",
  severity: "veto",
  checkSite: ({ content, date }) => {
    const findings: RuleFinding[] = content.articles
      .filter((a) => a.published.date > date)
      .map((a) => ({ page: a.url, file: a.sourceFile, message: `“${a.title}”的发布日期${a.published.date}晚于检查日${date}` }));
    for (const page of content.portalPages) {
      const published = page.item?.published;
      if (published && published.date > date) findings.push({ page: page.url, message: `“${page.title}”的更新日期${published.date}晚于检查日${date}` });
    }
    return findings;
  },
};
