import { z } from "zod";
import type { FreshnessClass } from "../model/types.ts";
import { plainText } from "../text/plain-text-schema.ts";

/**
 * How often each kind of column must be updated, and how many stale columns fail a site
 * outright: the single-veto (单项否决) thresholds of 《政府网站与政务新媒体检查指标》
 * (国办秘函〔2019〕19号): 动态、要闻类 columns not updated for 2 weeks, 通知公告、政策文件类
 * for 6 months (183 days here), 人事、规划计划类 for a year, counted over the site.
 */
export const defaultFreshness: readonly FreshnessClass[] = [
  { name: "动态、要闻类", days: 14, columnTypes: ["工作动态", "要闻动态"], veto: 5 },
  { name: "通知公告、政策文件类", days: 183, columnTypes: ["通知公告", "政策文件", "政策解读"], veto: 5 },
  { name: "人事、规划计划类", days: 365, columnTypes: ["人事信息", "规划计划"], veto: 3 },
];

/** What each field of inspect.yaml must look like, in words. */
export const inspectRules: Readonly<Record<string, string>> = {
  "(file)": "the inspection's settings: homeDays, freshness, emptyVeto, names, personalData (each optional)",
  homeDays: "a whole number of days, 1 to 366: the home page must show an item at most this old (14 by the 19号 indicators)",
  freshness: "a list of column classes, each with name, days, columnTypes and veto",
  "freshness.*.name": "the class's name, e.g. 动态、要闻类",
  "freshness.*.days": "a whole number of days, 1 to 3660, a column of this class may go without a new item",
  "freshness.*.columnTypes": "a list of the ColumnTypes of this class, e.g. [工作动态]",
  "freshness.*.columnTypes.*": "a ColumnType, e.g. 工作动态",
  "freshness.*.veto": "a whole number: this many stale columns of the class fail the site (单项否决)",
  emptyVeto: "a whole number: this many empty columns fail the site (单项否决; 5 by the 19号 indicators)",
  names: "a list of names that must be written exactly, each with name and optional title",
  "names.*.name": "a name as it must be written, e.g. a leader's",
  "names.*.title": "the title that goes with the name, e.g. 区长, or nothing",
  personalData: "allow: a list of personal data that may be published",
  "personalData.allow": "a list of entries, each with value and reason",
  "personalData.allow.*.value": "the number as published (a mobile, ID or bank card number), digits with optional spaces or -",
  "personalData.allow.*.reason": "why it may be published, e.g. 公开的值班手机号码，经本人同意",
};

const count = (max: number) => z.number().int().min(1).max(max);

const allowEntry = z
  .object({
    value: z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().regex(/^[0-9][0-9 -]{9,30}[0-9Xx]$/).transform((v) => v.replace(/[ -]/g, "").toUpperCase())),
    reason: plainText(4, 200),
  })
  .strict();

export const inspectSchema = z
  .object({
    homeDays: count(366).default(14),
    freshness: z
      .array(z.object({ name: plainText(2, 40), days: count(3660), columnTypes: z.array(plainText(2, 40)).min(1), veto: count(100) }).strict())
      .default(() => defaultFreshness.map((c) => ({ ...c, columnTypes: [...c.columnTypes] }))),
    emptyVeto: count(100).default(5),
    names: z.preprocess((v) => v ?? [], z.array(z.object({ name: plainText(2, 20), title: plainText(2, 60).optional() }).strict())),
    personalData: z
      .preprocess((v) => v ?? {}, z.object({ allow: z.preprocess((v) => v ?? [], z.array(allowEntry)) }).strict()),
  })
  .strict();
