import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadChannels } from "../../lib/content/load-channels.ts";
import { projectContent, settingsFiles } from "../../lib/load-site.ts";
import type { Channel } from "../../lib/model/types.ts";
import { loadTopics } from "../../lib/settings/load-topics.ts";
import { articleText, dataTable, explainer } from "./article-text.ts";
import { attachmentsFor, infographic, newsPhoto } from "./companion-files.ts";
import { documentFields, type GeneratedDocument } from "./policy-fields.ts";
import { pickTopic } from "./fill.ts";
import { legacyText } from "./legacy-text.ts";
import { sources } from "./phrases.ts";
import { createRandom, type Random } from "./random.ts";

export interface GenerateOptions {
  /** How many articles, Markdown and legacy together. */
  articles?: number;
  /** Same seed, same files. */
  seed?: number;
  /** The folder to write into (created); a fresh temporary folder by default. */
  folder?: string;
  /** Share of articles written as old-site .txt exports (they go to the settings' legacyChannel, gzdt). */
  legacyShare?: number;
  /** Channels to spread articles over. */
  channelsFile?: string;
  /** The 主题分类 policy documents take (topics.yaml). */
  topicsFile?: string;
  /** Publish years, first and last included. */
  years?: [number, number];
}

/** What was written: build it with `content: { contentDir }` (buildSite). */
export interface GeneratedSite {
  contentDir: string;
  /** Every written file, relative to contentDir, in writing order: articles, and attachments and images beside them. */
  files: string[];
  markdownFiles: number;
  legacyFiles: number;
  /** Of the Markdown articles: policy documents, 解读, and attachments and images written beside them. */
  documents: number;
  interpretations: number;
  attachments: number;
  images: number;
}

const defaults: Required<Omit<GenerateOptions, "folder">> = {
  articles: 1000,
  seed: 20250307,
  legacyShare: 0.05,
  channelsFile: settingsFiles(projectContent.settingsDir).channels,
  topicsFile: settingsFiles(projectContent.settingsDir).topics,
  years: [2015, 2025],
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Each article has its own random stream, so a smaller site is a prefix of a larger one with the same seed. */
function articleRandom(seed: number, index: number): Random {
  return createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
}

/** The first channel (工作动态 on this site) carries twice the share of the others, as on the real portal. */
function pickChannel(random: Random, channels: Channel[]): Channel {
  const slot = random.int(0, channels.length);
  return channels[Math.max(0, slot - 1)]!;
}

/** YAML front matter; values are JSON (strings, lists of objects), which YAML reads as flow scalars and collections. */
function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${JSON.stringify(value)}`]));
  return `---\n${lines.join("\n")}\n---\n`;
}

/**
 * Writes a deterministic synthetic content folder (articles/ and legacy/)
 * in the layout the loaders read: realistic Chinese government news over
 * every channel and several years, plus some legacy .txt pages in the
 * seed's format. Policy documents carry their official metadata (about one in
 * five replaced, amended or expired) and are interpreted by the 解读 after them;
 * about 40 % of documents and 15 % of notices have attachments, 30 % of documents
 * and 10 % of notices a data table, 10 % of news items a photo and every 图解 its
 * infographic — small generated files beside the Markdown. Each article only
 * names documents generated before it, so a smaller site is a prefix of a larger
 * one. Used by the benchmarks; never committed.
 */
export function generateSite(options: GenerateOptions = {}): GeneratedSite {
  const { articles, seed, legacyShare, channelsFile, topicsFile, years } = { ...defaults, ...options };
  const contentDir = options.folder ?? mkdtempSync(join(tmpdir(), "xc-bench-content-"));
  const channels = loadChannels(channelsFile);
  const topicNames = loadTopics(topicsFile).map((t) => t.name);
  const files: string[] = [];
  const counts = { legacyFiles: 0, documents: 0, interpretations: 0, attachments: 0, images: 0 };
  const documents: GeneratedDocument[] = [];
  const write = (relative: string, content: string | Buffer) => {
    const path = join(contentDir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    files.push(relative);
  };
  mkdirSync(join(contentDir, "articles"), { recursive: true });
  mkdirSync(join(contentDir, "legacy"), { recursive: true });

  for (let index = 0; index < articles; index++) {
    const random = articleRandom(seed, index);
    const year = random.int(years[0], years[1]);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const topic = pickTopic(random, year, month, day);
    if (random.chance(legacyShare)) {
      // The old site only exported news; the importer files it under the legacy channel.
      write(`legacy/${pad(index, 5)}_${random.hex(16)}.txt`, legacyText(articleText(random, topic, "工作动态"), month, day));
      counts.legacyFiles += 1;
      continue;
    }
    let channel = pickChannel(random, channels);
    // A 解读 explains a document generated before it; the first articles have none to explain, so they are news.
    if (channel.kind === "interpretations" && !documents.length) channel = channels[0]!;
    const folder = `articles/${channel.slug}/${year}`;
    const base = `${year}-${pad(month)}-${pad(day)}-${pad(index, 5)}`;
    const date = `${year}-${pad(month)}-${pad(day)} ${pad(random.int(8, 18))}:${pad(random.int(0, 59))}`;
    let extra: Record<string, unknown> = {};
    let text = articleText(random, topic, channel.columnType);
    const beside: { name: string; bytes: Buffer }[] = [];
    if (channel.kind === "documents") {
      extra = documentFields(random, { index, year, month, day, issuer: text.issuer ?? "北京市西城区人民政府", topics: topicNames, earlier: documents });
      documents.push({ slug: base, docNumber: String(extra.docNumber), date: date.slice(0, 10) });
      counts.documents += 1;
    } else if (channel.kind === "interpretations") {
      const roll = random.next();
      const kind = roll < 0.7 ? "图文解读" : roll < 0.9 ? "问答" : "图解";
      const explained = random.pick(documents);
      text = explainer(random, topic, kind, `${base}-tujie.png`);
      extra = { interprets: random.chance(0.5) ? explained.docNumber : explained.slug, interpretationKind: kind };
      if (kind === "图解") beside.push({ name: `${base}-tujie.png`, bytes: infographic(random) });
      counts.interpretations += 1;
    } else if (channel.columnType === "工作动态" && random.chance(0.1)) {
      text.blocks.splice(1, 0, `![${topic.subdistrict}${topic.topic}工作现场](${base}-photo.png "${topic.subdistrict}${topic.topic}工作现场")`);
      beside.push({ name: `${base}-photo.png`, bytes: newsPhoto(random) });
    } else if (channel.columnType === "通知公告" && random.chance(0.1)) {
      text.blocks.splice(2, 0, dataTable(random, topic));
    }
    if ((channel.kind === "documents" && random.chance(0.4)) || (channel.columnType === "通知公告" && random.chance(0.15))) {
      const attached = attachmentsFor(random, base, topic.topic);
      extra.attachments = attached.listed;
      beside.push(...attached.files);
      counts.attachments += attached.files.length;
    }
    const head = frontMatter({
      title: text.title,
      channel: channel.slug,
      date,
      source: random.chance(0.4) ? random.pick(sources) : undefined,
      author: random.chance(0.2) ? random.pick(["王丽", "李明", "张伟", "刘洋", "陈静", "赵磊"]) : undefined,
      ...extra,
    });
    write(`${folder}/${base}.md`, `${head}\n${text.blocks.join("\n\n")}\n`);
    for (const file of beside) write(`${folder}/${file.name}`, file.bytes);
    counts.images += beside.filter((f) => f.name.endsWith(".png")).length;
  }
  const markdownFiles = files.filter((f) => f.endsWith(".md")).length;
  return { contentDir, files, markdownFiles, ...counts };
}
