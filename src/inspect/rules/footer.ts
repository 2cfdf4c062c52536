import { footerProblems } from "../checks/footer-items.ts";
import type { InspectRule } from "../types.ts";

/** 页脚: every page carries the footer items of 国办发〔2017〕47号 (the accessibility audit runs the same check). */
export const footer: InspectRule = {
  id: "footer",
  title: "页脚必备信息",
  basis: "《政府网站发展指引》（国办发〔2017〕47号）：网站所有页面底部应当标注主办单位、联系方式、网站标识码、ICP备案编号、公安机关备案标识和“我为政府网站找错”入口",
  fix: "页脚由模板生成（src/site/_includes/components/footer），内容来自 site.yaml；检查 site.yaml，不要手工修改已发布的页面",
  severity: "fix",
  checkPage: (page) => footerProblems(page.$).map((problem) => ({ page: page.path, message: `页脚缺少${problem.item}（${problem.message}）` })),
};
