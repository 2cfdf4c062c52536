import { entryFindings, isWayOut, mainLinks } from "../site/entry-findings.ts";
import type { InspectRule } from "../types.ts";

/** 互动交流入口: the home page leads residents to where they ask, suggest and complain (咨询建言). */
export const interactionEntry: InspectRule = {
  id: "interaction-entry",
  title: "互动交流入口",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项：没有咨询建言等互动交流渠道，或渠道不能使用",
  fix: "在 sections.yaml 中给互动交流版块加 entry: interaction，并在 platforms.yaml 的 interaction 中列出区长信箱、12345等渠道",
  severity: "veto",
  checkSite: (context) =>
    entryFindings(context, {
      name: "互动交流",
      labels: /^(互动交流|政民互动|咨询投诉|咨询建言)/,
      usable: (page) => mainLinks(page).some(isWayOut),
    }),
};
