import { fill, type Topic } from "./fill.ts";
import * as words from "./phrases.ts";
import type { Random } from "./random.ts";

/** A synthetic article's text: a title and its paragraphs (Markdown blocks). */
export interface ArticleText {
  title: string;
  /** Markdown blocks, joined with blank lines in a .md file or newlines in a legacy .txt. */
  blocks: string[];
  /** A policy document's 发文机关. */
  issuer?: string;
}

/** A data table with its caption line (表：…): the figures of a document or notice, by 街道. */
export function dataTable(random: Random, topic: Topic): string {
  const streets = new Set<string>();
  for (let count = random.int(3, 6); count > 0; count--) streets.add(random.pick(words.subdistricts));
  const rows = [...streets].map((street) => `| ${street} | ${random.int(10, 900)} | ${random.int(1, 60)} | ${random.int(50, 100)}% |`);
  return [`表：${topic.year}年${topic.topic}工作情况（按街道）`, "", "| 街道 | 服务人次 | 项目数 | 完成率 |", "|---|--:|--:|--:|", ...rows].join("\n");
}

/** One body paragraph of 3–7 clauses, ending in a full stop. */
export function paragraph(random: Random, topic: Topic): string {
  const chosen = new Set<string>();
  for (let count = random.int(3, 7); count > 0; count--) chosen.add(random.pick(words.clauses)); // a clause at most once
  const parts = [...chosen].map((clause) => fill(clause, topic, random));
  return `${random.pick(words.paragraphOpeners)}${parts.join("，")}。`;
}

/** A news item's lead: who did what, when. */
function newsLead(random: Random, topic: Topic, actor: string, event: string): string {
  return `${topic.year}年${actor}${random.pick(words.newsVerbs)}${topic.topic}${event}，${fill(random.pick(words.clauses), topic, random)}，${fill(random.pick(words.clauses), topic, random)}。`;
}

/** 工作动态: a meeting or activity report. */
function news(random: Random, topic: Topic): ArticleText {
  const actor = random.chance(0.5) ? topic.subdistrict : topic.department;
  const event = random.pick(words.events);
  const title = `${actor}${random.pick(words.newsVerbs)}${topic.topic}${event}`;
  const body = Array.from({ length: random.int(3, 8) }, () => paragraph(random, topic));
  return { title, blocks: [newsLead(random, topic, actor, event), ...body, fill(random.pick(words.closings), topic, random)] };
}

/** 通知公告: a notice with numbered items and a signature. */
function notice(random: Random, topic: Topic): ArticleText {
  const subject = fill(random.pick(words.noticeSubjects), topic, random);
  const kind = random.pick(words.noticeKinds);
  const title = `${topic.department}关于${subject}的${kind}`;
  const items = Array.from({ length: random.int(2, 5) }, (_, i) => `${i + 1}. ${fill(random.pick(words.clauses), topic, random)}。`);
  return {
    title,
    blocks: [
      `各有关单位、广大居民：`,
      paragraph(random, topic),
      `现将有关事项${kind === "公示" ? "公示" : "通知"}如下：`,
      items.join("\n"),
      ...Array.from({ length: random.int(1, 3) }, () => paragraph(random, topic)),
      `联系电话：010-${random.int(6000, 8999)}${String(random.int(0, 9999)).padStart(4, "0")}`,
      `**${topic.department}**\n${topic.year}年${topic.month}月${topic.day}日`,
    ],
  };
}

/** 政策文件: a document with numbered sections. */
function policy(random: Random, topic: Topic): ArticleText {
  const name = `西城区${topic.topic}${random.pick(words.documentKinds)}（${topic.year}—${topic.year + 2}年）`;
  const issuer = random.chance(0.5) ? "北京市西城区人民政府办公室" : `北京市西城区${topic.department.slice(1)}`;
  const title = `${issuer}关于印发《${name}》的通知`;
  const sections = random.int(3, 6);
  const blocks = [`各街道办事处，区政府各委、办、局，各区属机构：`, `现将《${name}》印发给你们，请认真贯彻落实。`];
  const withTable = random.chance(0.3) ? random.int(0, sections - 1) : -1;
  for (let i = 0; i < sections; i++) {
    blocks.push(`## ${words.sectionNumerals[i]}、${words.sectionTitles[(i + random.int(0, 3)) % words.sectionTitles.length]}`);
    blocks.push(...Array.from({ length: random.int(1, 3) }, () => paragraph(random, topic)));
    if (i === withTable) blocks.push(dataTable(random, topic));
  }
  blocks.push(`本${name.includes("办法") ? "办法" : "方案"}自印发之日起施行。`);
  return { title, blocks, issuer };
}

/** 政策解读 of `kind`: 问答 (each question a heading), 图解 (an infographic, `image`, and its text version) or 图文解读. */
export function explainer(random: Random, topic: Topic, kind: "图文解读" | "图解" | "问答" = "问答", image = "tujie.png"): ArticleText {
  const name = `西城区${topic.topic}${random.pick(words.documentKinds)}`;
  const lead = `近日，${topic.department}印发《${name}》。为便于居民群众和相关单位理解政策内容，现就有关问题解读如下。`;
  if (kind === "图解") {
    const text = Array.from({ length: random.int(2, 4) }, () => paragraph(random, topic));
    return { title: `一图读懂《${name}》`, blocks: [lead, `![图解：《${name}》的主要内容，文字版见下文](${image} "图解 ${name}")`, "## 文字版", ...text] };
  }
  if (kind === "图文解读") {
    const blocks = [lead];
    for (let i = random.int(2, 4), n = 0; n < i; n++) blocks.push(`## ${words.sectionNumerals[n]}、${words.sectionTitles[n % words.sectionTitles.length]}`, paragraph(random, topic));
    return { title: `《${name}》政策解读`, blocks };
  }
  const blocks = [lead];
  const asked = new Set<string>();
  for (let i = random.int(3, 6); i > 0; i--) asked.add(random.pick(words.questions));
  for (const question of asked) blocks.push(`## 问：${question}`, `答：${paragraph(random, topic)}`);
  return { title: `《${name}》问答`, blocks };
}

/** The text of one article of the channel whose ColumnType is `columnType`. */
export function articleText(random: Random, topic: Topic, columnType: string): ArticleText {
  switch (columnType) {
    case "通知公告":
      return notice(random, topic);
    case "政策文件":
      return policy(random, topic);
    case "政策解读":
      return explainer(random, topic);
    default:
      return news(random, topic);
  }
}
