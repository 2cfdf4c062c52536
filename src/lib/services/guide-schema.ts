import { z } from "zod";
import { webAddress, webAddressRule } from "../text/address-field.ts";
import { dateField } from "../text/date-field.ts";
import { phoneField, phoneRule } from "../text/phone-field.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { dateRule } from "../text/shanghai-time.ts";

/**
 * What each field of a 办事指南 must look like, in words. The eight required fields are those
 * the inspection checks a guide for (事项名称, 设定依据, 申请条件, 办理材料, 办理地点, 办理时间,
 * 咨询电话, 办理流程); a guide missing one is refused, naming it.
 */
export const guideRules: Readonly<Record<string, string>> = {
  "(file)": "a 办事指南: name, basis, conditions, materials, place, hours, phone, steps",
  slug: "a URL slug of lowercase letters, digits and -, e.g. residence-permit (the file name when left out)",
  name: "事项名称: the name of the item, e.g. 居住证办理",
  basis: "设定依据: the laws and rules the item rests on, in Markdown",
  conditions: "申请条件: who may apply and when, in Markdown",
  materials: "办理材料: a list of the documents to bring, one an item",
  "materials.*": "one document to bring, as text",
  place: "办理地点: where to go",
  hours: "办理时间: when, e.g. 工作日9:00-17:00",
  phone: `咨询电话: ${phoneRule}`,
  steps: "办理流程: a list of the steps, in order",
  "steps.*": "one step, as text",
  timeLimit: "办理时限, e.g. 5个工作日, or nothing",
  fee: "收费标准, e.g. 不收费, or nothing",
  department: "实施机构, e.g. 区公安分局, or nothing",
  online: `网上办理: ${webAddressRule}, or nothing`,
  updated: dateRule,
};

const line = (max: number) => plainText(2, max);

export const guideSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/).optional(),
    name: line(100),
    basis: plainText(2, 20_000),
    conditions: plainText(2, 20_000),
    materials: z.array(line(400)).min(1),
    place: line(200),
    hours: line(200),
    phone: phoneField,
    steps: z.array(line(400)).min(1),
    timeLimit: line(100).optional(),
    fee: line(200).optional(),
    department: line(100).optional(),
    online: webAddress.optional(),
    updated: dateField.optional(),
  })
  .strict();
