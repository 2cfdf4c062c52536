import { findNearMisses, type ExactName } from "../detect/near-misses.ts";
import type { InspectionContext, InspectRule } from "../types.ts";

/** The names to check: every leader of leaders.yaml with their title, and inspect.yaml's names. */
function namesOf({ content }: InspectionContext): ExactName[] {
  const leaders = content.portal.organization.leaders?.list ?? [];
  return [...leaders.map((l) => ({ name: l.name, title: l.title })), ...content.portal.inspect.names];
}

/** 姓名职务: leaders' names and titles (and the other names inspect.yaml lists) are written exactly. */
export const exactNames: InspectRule = {
  id: "exact-names",
  title: "领导姓名和职务",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项“严重错误”：领导人姓名、职务等严重错误",
  fix: "改正为 leaders.yaml 或 inspect.yaml 的 names 中的写法；如果是另一个人，把他的姓名也列入 names",
  severity: "veto",
  checkPage: (page, context) => {
    const names = namesOf(context);
    if (!names.length) return [];
    return findNearMisses(page.text, names).map((miss) => ({
      page: page.path,
      message: miss.kind === "title" ? `写作“${miss.written}”，但${miss.expected.name}的职务是${miss.expected.title}` : `写作“${miss.written}”，应为“${miss.correct}”`,
    }));
  },
};
