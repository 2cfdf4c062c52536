/**
 * The inspection's rules, in the order the report lists them: the single-veto items of
 * 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号) first, then what the 政府信息公开条例 and
 * 国办发〔2017〕47号 require. One rule a file.
 */
import { annualReport } from "./annual-report.ts";
import { columnFreshness } from "./column-freshness.ts";
import { emptyColumns } from "./empty-columns.ts";
import { exactNames } from "./exact-names.ts";
import { footer } from "./footer.ts";
import { futureDates } from "./future-dates.ts";
import { homeFreshness } from "./home-freshness.ts";
import { interactionEntry } from "./interaction-entry.ts";
import { legacyDates } from "./legacy-dates.ts";
import { links } from "./links.ts";
import { metaTags } from "./meta-tags.ts";
import { personalData } from "./personal-data.ts";
import { requiredContent } from "./required-content.ts";
import { servicesEntry } from "./services-entry.ts";
import { undatedItems } from "./undated-items.ts";

export const inspectRules = [
  servicesEntry, // 办事服务入口
  interactionEntry, // 互动交流入口
  homeFreshness, // 首页更新
  columnFreshness, // 栏目更新
  emptyColumns, // 空白栏目
  undatedItems, // 信息无日期
  legacyDates, // 旧站导入日期
  futureDates, // 日期晚于检查日
  personalData, // 个人信息泄露
  exactNames, // 领导姓名和职务
  links, // 链接和附件
  footer, // 页脚 (47号)
  metaTags, // 网页元数据 (网页设计规范)
  requiredContent, // 必备内容 (条例, 47号)
  annualReport, // 信息公开年度报告
] as const;
