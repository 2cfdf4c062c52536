import type { InspectRule, RuleFinding } from "../types.ts";

/**
 * 信息无日期: every information item shows its date. An item page (one with ArticleTitle: an
 * article, a 办事指南, a department…) has a PubDate tag and a <time> in its content; every entry
 * of an article list has its <time>.
 */
export const undatedItems: InspectRule = {
  id: "undated-items",
  title: "信息无日期",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项：信息未标注发布日期；《政府网站网页设计规范》：信息页应当有 PubDate（发布时间）",
  fix: "在文章的 date:、办事指南或机构数据的 updated: 中写明日期（YYYY-MM-DD）",
  severity: "veto",
  checkPage: (page) => {
    const { $ } = page;
    const findings: RuleFinding[] = [];
    const title = $('head meta[name="ArticleTitle"]').attr("content");
    if (title) {
      const date = $('head meta[name="PubDate"]').attr("content") ?? "";
      if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(date)) findings.push({ page: page.path, message: `信息“${title}”没有发布日期（PubDate）` });
      else if (!$("main time[datetime]").length) findings.push({ page: page.path, message: `信息“${title}”的页面上没有显示日期` });
    }
    $("main ul.xc-article-list > li").each((_, item) => {
      if (!$(item).find("time[datetime]").length) findings.push({ page: page.path, message: `列表中的“${$(item).find("a").first().text().trim()}”没有日期` });
    });
    return findings;
  },
};
