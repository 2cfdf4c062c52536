import { entryFindings, isWayOut, mainLinks } from "../site/entry-findings.ts";
import type { InspectRule } from "../types.ts";

/** 办事服务入口: the home page leads residents to where they apply (a platform, or 办事指南 pages). */
export const servicesEntry: InspectRule = {
  id: "services-entry",
  title: "办事服务入口",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项：没有办事服务入口，或入口不能使用",
  fix: "在 sections.yaml 中给政务服务版块加 entry: services，并在 platforms.yaml 的 services 中列出办事平台（或列出办事指南页面 bszn）",
  severity: "veto",
  checkSite: (context) =>
    entryFindings(context, {
      name: "办事服务",
      labels: /^(办事服务|政务服务|网上办事|在线办事)/,
      usable: (page) =>
        mainLinks(page).some((href) => isWayOut(href) || (href.startsWith("/") && context.page(new URL(href, "https://site.invalid").pathname)?.$('meta[name="ColumnType"]').attr("content") === "办事指南")),
    }),
};
