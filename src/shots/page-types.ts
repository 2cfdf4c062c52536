/**
 * Every type of page the site has, each with one page of the portal fixture (tests/fixtures/portal/)
 * that shows it: what `npm run shots` photographs. `template` is the file under src/site/ that makes
 * the page (a portal page's body: _includes/pages/portal/<kind>.njk); tests/shots/page-types.test.ts
 * fails when a template has no entry here, so a new page type is never left out of the review.
 */
export interface PageType {
  /** What a reviewer calls it. */
  name: string;
  /** The screenshot files' prefix. */
  slug: string;
  /** The template under src/site/ that makes it. */
  template: string;
  /** A page of the portal fixture of this type (with a query where the page needs one). */
  path: string;
  /** A condition, evaluated in the page, to wait for before the shot: what the page's script must have shown. */
  ready?: string;
}

export const pageTypes: PageType[] = [
  { name: "首页", slug: "home", template: "index.njk", path: "/" },
  { name: "版块", slug: "section", template: "_includes/pages/portal/section.njk", path: "/ywdt/" },
  { name: "栏目", slug: "channel", template: "channel.njk", path: "/tzgg/" },
  { name: "文件栏目", slug: "documents-channel", template: "channel.njk", path: "/zcwj/" },
  { name: "文件筛选", slug: "document-filter", template: "document-filter.njk", path: "/zcwj/validity/valid/" },
  { name: "文章", slug: "article", template: "article.njk", path: "/tzgg/2025/notice-water/" },
  { name: "政策文件", slug: "policy-document", template: "article.njk", path: "/zcwj/2025/elderly-subsidy-2025/" },
  { name: "政策解读", slug: "interpretation", template: "article.njk", path: "/zcjd/2025/interpretation-parking/" },
  { name: "年报（表格）", slug: "annual-report", template: "article.njk", path: "/xxgknb/2025/portal-xxgknb-2024/" },
  { name: "信息公开指南", slug: "xxgkzn", template: "_includes/pages/portal/xxgkzn.njk", path: "/xxgk/xxgkzn/" },
  { name: "信息公开制度", slug: "xxgkzd", template: "_includes/pages/portal/xxgkzd.njk", path: "/xxgk/xxgkzd/" },
  { name: "法定主动公开内容", slug: "fdzdgknr", template: "_includes/pages/portal/fdzdgknr.njk", path: "/xxgk/fdzdgknr/" },
  { name: "依申请公开", slug: "ysqgk", template: "_includes/pages/portal/ysqgk.njk", path: "/xxgk/ysqgk/" },
  { name: "办事指南列表", slug: "bszn", template: "_includes/pages/portal/bszn.njk", path: "/zwfw/bszn/" },
  { name: "办事指南", slug: "guide", template: "_includes/pages/portal/guide.njk", path: "/zwfw/bszn/portal-residence/" },
  { name: "区情概况", slug: "qqgk", template: "_includes/pages/portal/qqgk.njk", path: "/zjxc/qqgk/" },
  { name: "机构职能", slug: "jgzn", template: "_includes/pages/portal/jgzn.njk", path: "/zjxc/jgzn/" },
  { name: "机构", slug: "department", template: "_includes/pages/portal/department.njk", path: "/zjxc/jgzn/education/" },
  { name: "领导信息", slug: "ldxx", template: "_includes/pages/portal/ldxx.njk", path: "/zjxc/ldxx/" },
  { name: "搜索（有结果）", slug: "search", template: "search.njk", path: "/search/?q=养老", ready: "document.querySelectorAll('#xc-search-results > li').length > 0" },
  { name: "订阅", slug: "subscribe", template: "subscribe.njk", path: "/subscribe/" },
  { name: "订阅源预览", slug: "feed-preview", template: "feeds/feed.xsl.njk", path: "/feeds/tzgg/rss.xml" },
  { name: "网站地图", slug: "sitemap", template: "sitemap.njk", path: "/sitemap/" },
  { name: "无障碍声明", slug: "accessibility", template: "accessibility.njk", path: "/accessibility/" },
  { name: "关于本站", slug: "about", template: "about.njk", path: "/about/" },
  { name: "页面不存在", slug: "not-found", template: "404.njk", path: "/404.html" },
];
