import { z } from "zod";
import { isRelativeFileName, relativeFileRule } from "../attachments/relative-file.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { parsePublishTime } from "../text/shanghai-time.ts";
import { docNumberProblem, docNumberRule } from "./doc-number.ts";

/** The 有效性 values, in the order a reader meets them. */
export const validities = ["有效", "已修改", "已废止", "已失效"] as const;
/** The kinds of 解读. */
export const interpretationKinds = ["图文解读", "图解", "问答"] as const;

const dayRule = "a real date as YYYY-MM-DD, e.g. 2025-04-15";

/** What each policy-document, 解读 and attachment field of the front matter must look like, in words. */
export const documentFieldRules: Readonly<Record<string, string>> = {
  indexNumber: "the 索引号: letters, digits, / . _ and -, e.g. 11N000/2025-00012",
  issuer: "the 发文机关, or a list of them for a joint document, e.g. 北京市西城区人民政府",
  docNumber: docNumberRule,
  writtenOn: `the 成文日期, ${dayRule}, not after the publish date (date:)`,
  topic: "a 主题分类 listed in topics.yaml of the settings folder, e.g. 民政、扶贫、救灾",
  validity: `the 有效性: ${validities.join(", ")}`,
  validitySince: `the date the document was amended, repealed or expired (有效性 other than 有效), ${dayRule}`,
  replacedBy: "the document that amends or replaces this one (for 已修改 and 已废止): its 发文字号 (e.g. 京西政发〔2025〕9号) or its slug",
  interprets: "the policy document this 解读 explains: its 发文字号 (e.g. 京西政发〔2025〕3号) or its slug",
  interpretationKind: `the kind of 解读: ${interpretationKinds.join(", ")} (图文解读 when left out)`,
  attachments: "a list of 附件, each with file: (a file beside this Markdown) and title: (what it is, e.g. 西城区2025年养老服务补贴申请表)",
};

/** The fields of each listed attachment. */
export const attachmentFieldRules = {
  file: relativeFileRule,
  title: "what the attachment is, as text, e.g. 西城区2025年养老服务补贴申请表",
} as const;

const day = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePublishTime(value) !== undefined, { message: dayRule }),
);

/** A 发文字号, or a slug: how a document is named from another article. */
const documentReference = plainText(1, 100);

/** The front-matter fields of a policy document, a 解读 and attachments (front-matter.ts adds them to its schema). */
export const documentFields = {
  indexNumber: z.preprocess((value) => (typeof value === "number" ? String(value) : value), z.string().regex(/^[0-9A-Za-z][0-9A-Za-z/._-]{0,49}$/)).optional(),
  issuer: z.union([plainText(2, 100), z.array(plainText(2, 100)).min(1).max(10)]).optional(),
  docNumber: z
    .string()
    .trim()
    .superRefine((value, context) => {
      const problem = docNumberProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .optional(),
  writtenOn: day.optional(),
  topic: plainText(2, 40).optional(),
  validity: z.enum(validities).optional(),
  validitySince: day.optional(),
  replacedBy: documentReference.optional(),
  interprets: documentReference.optional(),
  interpretationKind: z.enum(interpretationKinds).optional(),
  attachments: z
    .array(z.object({ file: z.string().refine(isRelativeFileName, { message: relativeFileRule }), title: plainText(1, 200) }).strict())
    .min(1)
    .max(50)
    .optional(),
};
