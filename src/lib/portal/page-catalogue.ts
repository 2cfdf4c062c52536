import type { PortalPageId } from "../model/types.ts";

/** What the build knows of each page a section can list: its name, what it holds, its ColumnType, and the data it needs. */
export interface PageKind {
  name: string;
  /** One sentence residents read in lists of pages. */
  description: string;
  /** 《政府网站网页设计规范》 ColumnType of the page. */
  columnType: string;
  /** Where its data comes from, in words, for the problem when it is missing. */
  needs: string;
}

/**
 * The pages the build can make (sections.yaml `pages:`), by their URL segment. Each exists only
 * when its data is there: the build refuses a section listing a page without it, so no page
 * is ever empty.
 */
export const pageCatalogue: Readonly<Record<PortalPageId, PageKind>> = {
  xxgkzn: { name: "信息公开指南", description: "怎样获取政府信息：信息的分类和编排、获取方式，信息公开工作机构的地址、时间和电话。", columnType: "信息公开指南", needs: "guide: in xxgk.yaml (the settings folder)" },
  xxgkzd: { name: "信息公开制度", description: "政府信息公开工作的各项制度。", columnType: "信息公开制度", needs: "rules: in xxgk.yaml (the settings folder)" },
  fdzdgknr: { name: "法定主动公开内容", description: "依法应当主动公开的各类信息，以及在本站哪里查看。", columnType: "法定主动公开内容", needs: "statutory: in xxgk.yaml (the settings folder)" },
  ysqgk: { name: "依申请公开", description: "怎样申请公开政府信息，以及申请平台。", columnType: "依申请公开", needs: "application: in xxgk.yaml (the settings folder)" },
  bszn: { name: "办事指南", description: "各类事项的办理条件、材料、地点、时间和流程。", columnType: "办事指南", needs: "at least one 办事指南 file in guides/ (the content folder)" },
  qqgk: { name: "区情概况", description: "本区的基本情况。", columnType: "概况信息", needs: "organization/overview.yaml (the content folder)" },
  jgzn: { name: "机构职能", description: "各部门的职责、地址、电话和办公时间。", columnType: "机构职能", needs: "organization/departments.yaml (the content folder)" },
  ldxx: { name: "领导信息", description: "领导的姓名、职务和工作分工。", columnType: "负责人信息", needs: "organization/leaders.yaml (the content folder)" },
};

/** Every page id, in the order the catalogue lists them. */
export const pageIds = Object.keys(pageCatalogue) as PortalPageId[];
