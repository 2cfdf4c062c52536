import type { Random } from "./random.ts";

/** A generated policy document, as later articles name it. */
export interface GeneratedDocument {
  slug: string;
  docNumber: string;
  /** Its publish date, YYYY-MM-DD. */
  date: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The front matter of a synthetic policy document: 索引号, 发文机关, 发文字号 (unique: it carries the
 * article's index), 成文日期 a few days before publication, a 主题分类 of `topics`, and an 有效性 —
 * about 80 % 有效, the rest 已废止, 已修改 (each naming a newer document among `earlier`, generated
 * before it, so a smaller site stays a prefix of a larger one and replacements never form a cycle)
 * or 已失效.
 */
export function documentFields(random: Random, options: { index: number; year: number; month: number; day: number; issuer: string; topics: readonly string[]; earlier: readonly GeneratedDocument[] }): Record<string, string> {
  const { index, year, month, day, issuer, topics, earlier } = options;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const office = issuer.endsWith("办公室") ? "京西政办发" : "京西政发";
  const fields: Record<string, string> = {
    indexNumber: `11N000/${year}-${pad(index, 5)}`,
    issuer,
    docNumber: `${office}〔${year}〕${index + 1}号`,
    writtenOn: `${year}-${pad(month)}-${pad(day - random.int(0, day - 1))}`,
    topic: random.pick(topics),
    validity: "有效",
  };
  const roll = random.next();
  const newer = earlier.filter((d) => d.date > date);
  if (roll < 0.15 && newer.length) {
    const replacement = random.pick(newer);
    Object.assign(fields, { validity: roll < 0.1 ? "已废止" : "已修改", validitySince: replacement.date, replacedBy: random.chance(0.5) ? replacement.docNumber : replacement.slug });
  } else if (roll > 0.95 && year < 2025) {
    Object.assign(fields, { validity: "已失效", validitySince: `${year + 1}-${pad(month)}-${pad(day)}` });
  }
  return fields;
}
