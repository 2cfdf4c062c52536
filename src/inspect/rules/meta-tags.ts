import { metaTagProblems } from "../checks/meta-tags.ts";
import type { InspectRule } from "../types.ts";

/** 元数据: every page carries the 网页设计规范 meta tags (the accessibility audit runs the same check; a missing PubDate is undated-items'). */
export const metaTags: InspectRule = {
  id: "meta-tags",
  title: "网页元数据",
  basis: "《政府网站网页设计规范》（国办发〔2017〕47号附件）：页面应当有 SiteName、SiteDomain、SiteIDCode、ColumnName、ColumnDescription、ColumnType，信息页还应有 ArticleTitle、PubDate、ContentSource",
  fix: "元数据由模板生成（src/site/_includes/layouts/base.njk），内容来自 site.yaml、channels.yaml 和 sections.yaml；检查这些设置",
  severity: "fix",
  checkPage: (page) => metaTagProblems(page.$, { pubDate: false }).map((problem) => ({ page: page.path, message: `${problem.tag}：${problem.message}` })),
};
