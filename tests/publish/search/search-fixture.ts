import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedBuild } from "../../support/shared-build.ts";

/** The real seed article, imported from the old site's export. */
export const seedFile = "src/content/legacy/000_4ff78243f4312f31.txt";
export const seedTitle = "2025年西城区组织、宣传、统战、社会工作部署会召开";

/** A fixture article: channel slug, date, slug, title, body. */
interface FixtureArticle {
  channel: string;
  date: string;
  slug: string;
  title: string;
  body: string;
  /** 来源: shown in the article's meta list, which search leaves out. */
  source?: string;
  /** More front-matter lines: a policy document's fields, a 解读's document. */
  fields?: string;
}

/**
 * Articles whose words the tests look for: 入学 and 养老 only inside longer compounds
 * (义务教育入学登记, 居家养老服务驿站), 养老 in two channels (for the filter), an article whose
 * text looks like markup, and twelve 街道 news items, more than one page of results.
 */
export const fixtureArticles: FixtureArticle[] = [
  {
    channel: "tzgg",
    date: "2025-04-20 09:30",
    slug: "enrolment-2025",
    title: "关于做好2025年义务教育阶段学生登记工作的通知",
    source: "麒麟教育服务中心", // 麒麟 occurs nowhere else: finding it would mean the meta list was indexed
    body: "各学校、各位家长：\n\n本区义务教育入学登记工作将于5月6日开始，请适龄儿童家长按时在网上完成信息采集。",
  },
  {
    channel: "gzdt",
    date: "2025-05-08 10:00",
    slug: "elderly-meals",
    title: "德胜街道新增一处助餐点",
    body: "为方便老年人就近用餐，德胜街道居家养老服务驿站新增助餐点，每天中午供应热食。",
  },
  {
    channel: "zcwj",
    date: "2025-06-01 08:00",
    slug: "elderly-allowance",
    title: "西城区高龄老人津贴发放办法",
    // 发文机关 and 主题分类 share no character with the words the tests search for.
    fields: "indexNumber: XN000/2025-00001\nissuer: 北京市西城区民政局（虚构）\ndocNumber: 京西民发〔2025〕1号\nwrittenOn: 2025-05-30\ntopic: 综合政务\nvalidity: 有效\n",
    body: "本办法适用于本区户籍八十周岁以上老年人。社区养老服务补贴按月发放到本人账户。",
  },
  {
    channel: "tzgg", // not a 解读 of the document above: its page would list this title, a second match for 示例代码
    date: "2025-06-10 08:00",
    slug: "markup-as-text",
    title: "网页示例代码说明",
    body: "示例代码 <b>加粗</b> <script>window.xcInjected = 1</script> 只是文字。",
  },
  ...Array.from({ length: 12 }, (_, i) => ({
    channel: "gzdt",
    date: `2025-07-${String(i + 1).padStart(2, "0")} 09:00`,
    slug: `street-news-${i + 1}`,
    title: `街道工作简报第${i + 1}期`,
    body: `本期简报介绍街道第${i + 1}项为民办实事的进展，欢迎居民提出意见。`,
  })),
];

/** Writes the fixture articles (and the real seed) into a new content folder; returns it. */
export function writeFixtureContent(articles: FixtureArticle[] = fixtureArticles): string {
  const contentDir = mkdtempSync(join(tmpdir(), "xc-search-content-"));
  mkdirSync(join(contentDir, "articles"));
  mkdirSync(join(contentDir, "legacy"));
  copyFileSync(seedFile, join(contentDir, "legacy", "000_4ff78243f4312f31.txt"));
  for (const a of articles) {
    const source = a.source ? `source: ${a.source}\n` : "";
    const text = `---\ntitle: ${a.title}\nchannel: ${a.channel}\ndate: ${a.date}\nslug: ${a.slug}\n${source}${a.fields ?? ""}---\n\n${a.body}\n`;
    writeFileSync(join(contentDir, "articles", `${a.slug}.md`), text);
  }
  return contentDir;
}

/** The fixture site, search index included, built once for every test file that reads it (tests/support/shared-build.ts). */
export async function fixtureSite(): Promise<string> {
  const contentDir = writeFixtureContent();
  try {
    return await sharedBuild("search", { contentDir });
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}
