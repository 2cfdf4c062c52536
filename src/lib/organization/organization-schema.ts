import { z } from "zod";
import { webAddress, webAddressRule } from "../text/address-field.ts";
import { dateField } from "../text/date-field.ts";
import { phoneField, phoneRule } from "../text/phone-field.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { dateRule } from "../text/shanghai-time.ts";

/** What each field of organization/overview.yaml (区情概况) must look like, in words. */
export const overviewRules: Readonly<Record<string, string>> = {
  "(file)": "区情概况: body (Markdown), optional facts and updated",
  updated: dateRule,
  facts: "a list of facts, each with label and value (e.g. 面积, 常住人口)",
  "facts.*.label": "the fact's name, e.g. 面积",
  "facts.*.value": "the fact, as text",
  body: "the 区情概况 text, in Markdown (## headings and below)",
};

export const overviewSchema = z
  .object({
    updated: dateField.optional(),
    facts: z.preprocess((v) => v ?? [], z.array(z.object({ label: plainText(1, 40), value: plainText(1, 200) }).strict())),
    body: plainText(2, 100_000),
  })
  .strict();

/** What each field of organization/departments.yaml (机构职能) must look like, in words. */
export const departmentRules: Readonly<Record<string, string>> = {
  "(file)": "机构职能: departments (a list), optional updated",
  updated: dateRule,
  departments: "a list of departments, each with slug, name, duties, address, phone and hours",
  "departments.*.slug": "a URL slug of lowercase letters, digits and -, e.g. education",
  "departments.*.name": "the department's name, e.g. 区教育委员会",
  "departments.*.duties": "主要职责: a list, one duty an item",
  "departments.*.duties.*": "one duty, as text",
  "departments.*.address": "the department's address (办公地址)",
  "departments.*.phone": `the department's phone (联系电话): ${phoneRule}`,
  "departments.*.hours": "the department's hours (办公时间), e.g. 工作日9:00-17:00",
  "departments.*.website": `${webAddressRule}, or nothing`,
  "departments.*.updated": dateRule,
};

const departmentSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
    name: plainText(2, 60),
    duties: z.array(plainText(2, 1000)).min(1),
    address: plainText(4, 200),
    phone: phoneField,
    hours: plainText(2, 200),
    website: webAddress.optional(),
    updated: dateField.optional(),
  })
  .strict();

export const departmentsSchema = z.object({ updated: dateField.optional(), departments: z.array(departmentSchema).min(1) }).strict();

/** What each field of organization/leaders.yaml (领导信息) must look like, in words. */
export const leaderRules: Readonly<Record<string, string>> = {
  "(file)": "领导信息: leaders (a list), optional updated",
  updated: dateRule,
  leaders: "a list of leaders, each with name, title and duties",
  "leaders.*.name": "the leader's name, exactly as it must be written",
  "leaders.*.title": "the leader's 职务, e.g. 区长",
  "leaders.*.duties": "工作分工, as text",
  "leaders.*.resume": "简历, as text, or nothing",
};

const leaderSchema = z
  .object({
    name: plainText(2, 20),
    title: plainText(2, 60),
    duties: plainText(2, 2000),
    resume: plainText(2, 4000).optional(),
  })
  .strict();

export const leadersSchema = z.object({ updated: dateField.optional(), leaders: z.array(leaderSchema).min(1) }).strict();
