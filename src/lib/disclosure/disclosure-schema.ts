import { z } from "zod";
import { pageIds } from "../portal/page-catalogue.ts";
import { linkField, linkRule, webAddress, webAddressRule } from "../text/address-field.ts";
import { dateField } from "../text/date-field.ts";
import { phoneField, phoneRule } from "../text/phone-field.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { dateRule } from "../text/shanghai-time.ts";

/** A long Markdown field: text with something visible in it (rendered later, see markdown-field.ts). */
const markdownText = plainText(2, 20_000);

const markdownRule = (what: string) => `${what}, in Markdown (paragraphs and lists)`;

/** What each field of xxgk.yaml must look like, in words; the guide's fields are those 《政府信息公开条例》第十二条 lists. */
export const disclosureRules: Readonly<Record<string, string>> = {
  "(file)": "guide:, rules:, statutory: and application:, each optional",
  "guide.updated": dateRule,
  "guide.classification": markdownRule("信息分类: how the information is classified (条例第十二条)"),
  "guide.arrangement": markdownRule("编排体系: how it is arranged on the site (条例第十二条)"),
  "guide.obtaining": markdownRule("获取方式: how residents obtain it (条例第十二条)"),
  "guide.application": markdownRule("依申请公开的途径: how to apply for information not published"),
  "guide.office": "the 信息公开工作机构: name, address, hours, phone, fax, online",
  "guide.office.name": "the office's name (工作机构名称)",
  "guide.office.address": "the office's address (办公地址)",
  "guide.office.postcode": "a 6-digit 邮政编码, or nothing",
  "guide.office.hours": "the office's hours (办公时间), e.g. 工作日9:00-17:00",
  "guide.office.phone": phoneRule,
  "guide.office.fax": `the fax number (传真号码): ${phoneRule}`,
  "guide.office.online": "互联网联系方式: an e-mail address or a whole https:// address",
  "rules.updated": dateRule,
  "rules.documents": "a list of the 信息公开制度 documents, each with title and url",
  "rules.documents.*.title": "the document's title",
  "rules.documents.*.url": linkRule,
  "rules.documents.*.date": dateRule,
  "statutory.updated": dateRule,
  "statutory.items": "a list of the 法定主动公开内容 items, each with name and one of channel, page or url",
  "statutory.items.*": "an item with name and exactly one of channel:, page: or url: (where it lives)",
  "statutory.items.*.name": "the item's name, e.g. 机构职能",
  "statutory.items.*.note": "a one-line note, or nothing",
  "statutory.items.*.channel": "the slug of a channel in channels.yaml",
  "statutory.items.*.page": `one of the pages a section lists: ${pageIds.join(", ")}`,
  "statutory.items.*.url": linkRule,
  "application.updated": dateRule,
  "application.platform": "the application platform: name and url",
  "application.platform.name": "the platform's name",
  "application.platform.url": webAddressRule,
  "application.howTo": markdownRule("how to apply, step by step"),
};

const email = z.email();

const officeSchema = z
  .object({
    name: plainText(2, 100),
    address: plainText(4, 200),
    postcode: z.preprocess((v) => (typeof v === "number" ? String(v) : v ?? undefined), z.string().regex(/^\d{6}$/).optional()),
    hours: plainText(2, 200),
    phone: phoneField,
    fax: phoneField,
    online: z.string().trim().refine((value) => email.safeParse(value).success || webAddress.safeParse(value).success),
  })
  .strict();

const guideSchema = z
  .object({
    updated: dateField.optional(),
    classification: markdownText,
    arrangement: markdownText,
    obtaining: markdownText,
    application: markdownText,
    office: officeSchema,
  })
  .strict();

const rulesSchema = z
  .object({
    updated: dateField.optional(),
    documents: z.array(z.object({ title: plainText(2, 200), url: linkField, date: dateField.optional() }).strict()).min(1),
  })
  .strict();

const statutoryItem = z
  .object({
    name: plainText(2, 60),
    note: plainText(2, 200).optional(),
    channel: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    page: z.enum(pageIds as [string, ...string[]]).optional(),
    url: linkField.optional(),
  })
  .strict()
  .refine((item) => [item.channel, item.page, item.url].filter((v) => v !== undefined).length === 1, { message: "exactly one of channel:, page: or url:, saying where the item lives" });

const statutorySchema = z.object({ updated: dateField.optional(), items: z.array(statutoryItem).min(1) }).strict();

const applicationSchema = z
  .object({
    updated: dateField.optional(),
    platform: z.object({ name: plainText(2, 60), url: webAddress }).strict(),
    howTo: markdownText,
  })
  .strict();

export const disclosureSchema = z
  .object({
    guide: guideSchema.optional(),
    rules: rulesSchema.optional(),
    statutory: statutorySchema.optional(),
    application: applicationSchema.optional(),
  })
  .strict();

export type DisclosureFile = z.output<typeof disclosureSchema>;
