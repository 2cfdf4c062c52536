import { z } from "zod";
import { pageIds } from "../portal/page-catalogue.ts";
import { plainText } from "../text/plain-text-schema.ts";

/** The entries a section can be: 办事服务, 政府信息公开, 互动交流. */
export const entryKinds = ["services", "disclosure", "interaction"] as const;

/** What each field of sections.yaml must look like, in words (`*`: any section). */
export const sectionRules: Readonly<Record<string, string>> = {
  "(file)": "a list of sections, each with slug, name, description, columnType and its channels or pages",
  "*.slug": "a URL slug of lowercase letters, digits and -, e.g. xxgk",
  "*.name": "the 栏目名称 of the section, e.g. 政府信息公开",
  "*.description": "one sentence saying what the section holds",
  "*.columnType": "a 网页设计规范 ColumnType, e.g. 信息公开目录, 办事服务, 互动交流",
  "*.entry": `what the section is on the home page: ${entryKinds.join(", ")} (办事服务, 政府信息公开, 互动交流), or nothing`,
  "*.channels": "a list of channel slugs of channels.yaml, e.g. [gzdt, tzgg]",
  "*.channels.*": "the slug of a channel in channels.yaml, e.g. gzdt",
  "*.pages": `a list of the pages the build makes: ${pageIds.join(", ")}`,
  "*.pages.*": `one of ${pageIds.join(", ")}`,
};

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const sectionSchema = z
  .object({
    slug,
    name: plainText(2, 40),
    description: plainText(4, 400),
    columnType: plainText(2, 40),
    entry: z.preprocess((value) => (value === null ? undefined : value), z.enum(entryKinds).optional()),
    channels: z.preprocess((value) => value ?? [], z.array(slug)),
    pages: z.preprocess((value) => value ?? [], z.array(z.enum(pageIds as [string, ...string[]]))),
  })
  .strict();

export const sectionListSchema = z.array(sectionSchema).min(1);

export type SectionSettings = z.output<typeof sectionSchema>;
