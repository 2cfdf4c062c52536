import { z } from "zod";
import { plainText } from "../text/plain-text-schema.ts";

/** What each channel field must look like, in words. */
export const channelRules: Readonly<Record<string, string>> = {
  slug: "a URL slug of lowercase letters, digits and -, e.g. gzdt",
  name: "the 栏目名称, e.g. 工作动态",
  description: "one sentence saying what the channel holds",
  columnType: "a 网页设计规范 ColumnType, e.g. 工作动态, 通知公告, 政策文件, 政策解读",
  kind: "documents (政策文件: each article carries 索引号, 发文字号, 有效性…) or interpretations (政策解读: each names the document it explains); leave it out for news and notices",
};

export const channelSchema = z
  .object({
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: plainText(2, 40),
    description: plainText(4, 400),
    columnType: plainText(2, 40),
    kind: z.enum(["documents", "interpretations"]).optional(),
  })
  .strict();

export const channelListSchema = z.array(channelSchema).min(1);
