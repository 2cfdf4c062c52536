import { checkLinks } from "a11y-audit";
import type { InspectRule } from "../types.ts";

/** What each kind of broken link is, for the operator. */
const what: Record<string, string> = { "broken-link": "链接指向的页面或附件不存在", "broken-asset": "图片或其他资源不存在", "broken-fragment": "链接指向的页内位置不存在", "invalid-link": "链接地址无效" };

/**
 * 链接可用: every internal link, anchor, attachment and image of every page resolves to a built file
 * (the accessibility audit's own link check, src/static-checks of the a11y-audit package). Links to
 * other sites cannot be checked offline: they are listed in the report for a manual check.
 */
export const links: InspectRule = {
  id: "links",
  title: "链接和附件可用",
  basis: "《政府网站与政务新媒体检查指标》“可用性”：不可用链接（含附件、图片）扣分；《政府网站发展指引》（国办发〔2017〕47号）要求定期检查链接",
  fix: "改正链接地址，或补上缺少的页面、附件或图片；外部链接请逐个打开核对",
  severity: "fix",
  checkSite: async ({ folder, pages, content }) => {
    const found = await checkLinks(folder, pages, new URL(content.site.baseUrl).origin);
    return found.map((f) => ({ page: f.page, message: `${what[f.rule] ?? f.rule}：${f.message}` }));
  },
  checkPage: (page, context) => {
    const { $ } = page;
    const origin = new URL(context.content.site.baseUrl).origin;
    for (const a of $("a[href]").toArray()) {
      const href = ($(a).attr("href") ?? "").trim();
      if (!/^https?:\/\//i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        continue; // the site check reports it as invalid
      }
      if (url.origin === origin) continue;
      const key = `${url.origin}${url.pathname}`; // one line per address: the 找错 link differs on every page only by its query
      const seen = context.external.get(key) ?? new Set<string>();
      seen.add(page.path);
      context.external.set(key, seen);
    }
    return [];
  },
};
