import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface SyntheticOptions {
  /** How many articles. */
  count?: number;
  /** PRNG seed: the same seed writes the same articles, byte for byte. */
  seed?: number;
  /** Paragraphs per article (three sentences each). */
  paragraphs?: number;
  /** Channel slugs to spread the articles over. */
  channels?: string[];
  /** Also copy the real seed article into legacy/. */
  seedArticle?: string | undefined;
}

/** mulberry32: a tiny deterministic PRNG, so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The vocabulary of a district government's news: bodies, places, actions, topics.
const bodies = ["西城区委", "西城区政府", "区人大常委会", "区政协", "西城区教委", "区民政局", "区卫生健康委", "区城市管理委", "西城区市场监管局", "区文化和旅游局", "区住房城乡建设委", "区科技和信息化局", "区人力社保局", "区司法局", "区应急管理局"];
const places = ["德胜街道", "什刹海街道", "西长安街街道", "大栅栏街道", "天桥街道", "新街口街道", "金融街街道", "椿树街道", "陶然亭街道", "广安门内街道", "牛街街道", "白纸坊街道", "广安门外街道", "月坛街道", "展览路街道"];
const actions = ["召开", "部署", "推进", "开展", "完成", "启动", "印发", "组织", "落实", "深化", "优化", "加强"];
const topics = ["义务教育入学登记", "居家养老服务", "老旧小区综合整治", "垃圾分类", "营商环境改革", "历史文化街区保护", "便民服务网点建设", "接诉即办", "背街小巷环境整治", "社区卫生服务", "就业创业帮扶", "安全生产检查", "冬季供暖保障", "文化惠民演出", "无障碍环境建设", "适老化改造", "政务服务一网通办", "食品安全监督", "防汛应急演练", "科技创新园区建设"];
const phrases = ["工作会议", "专项行动", "实施方案", "推进会", "现场会", "培训班", "座谈会", "调研活动", "工作要点", "管理办法"];
const clauses = ["坚持以人民为中心的发展思想", "聚焦群众急难愁盼问题", "进一步压实各方责任", "确保各项任务按期完成", "持续提升服务质量和水平", "广泛听取居民意见建议", "加强部门协同和信息共享", "做好政策宣传和解读工作", "建立长效工作机制", "及时回应社会关切", "推动工作落地见效", "营造良好社会氛围"];

type Pick = <T>(list: readonly T[]) => T;

/** One sentence: who did what about which topic, and how. */
function sentence(pick: Pick): string {
  return `${pick(places)}${pick(actions)}${pick(topics)}${pick(phrases)}，${pick(clauses)}，${pick(clauses)}。`;
}

/**
 * Writes `count` Markdown articles of Chinese government news into `<folder>/articles/`
 * (and the seed into `<folder>/legacy/`), deterministically: a content folder for XC_CONTENT_DIR.
 */
export function writeSyntheticArticles(folder: string, options: SyntheticOptions = {}): { count: number; characters: number } {
  const { count, seed, paragraphs, channels, seedArticle } = {
    count: 1000,
    seed: 20250307,
    paragraphs: 8,
    channels: ["gzdt", "tzgg", "zcwj", "zcjd"],
    seedArticle: undefined,
    ...options,
  };
  const next = random(seed);
  const pick: Pick = (list) => list[Math.floor(next() * list.length)]!;
  mkdirSync(join(folder, "articles"), { recursive: true });
  mkdirSync(join(folder, "legacy"), { recursive: true });
  if (seedArticle) copyFileSync(seedArticle, join(folder, "legacy", "seed.txt"));
  let characters = 0;
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const title = `${pick(bodies)}${pick(actions)}${pick(topics)}${pick(phrases)}`;
    const body = Array.from({ length: paragraphs }, () => `${sentence(pick)}${sentence(pick)}${sentence(pick)}`).join("\n\n");
    characters += title.length + body.length;
    const text = `---\ntitle: ${title}\nchannel: ${channels[i % channels.length]}\ndate: ${day} 09:00\nslug: bench-${String(i + 1).padStart(5, "0")}\n---\n\n${body}\n`;
    writeFileSync(join(folder, "articles", `bench-${String(i + 1).padStart(5, "0")}.md`), text);
  }
  return { count, characters };
}
