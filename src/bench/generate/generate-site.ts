import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadChannels } from "../../lib/content/load-channels.ts";
import { projectContent, settingsFiles } from "../../lib/load-site.ts";
import type { Channel } from "../../lib/model/types.ts";
import { articleText } from "./article-text.ts";
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
  /** Publish years, first and last included. */
  years?: [number, number];
}

/** What was written: build it with `content: { contentDir }` (buildSite). */
export interface GeneratedSite {
  contentDir: string;
  /** Every written file, relative to contentDir, in writing order. */
  files: string[];
  markdownFiles: number;
  legacyFiles: number;
}

const defaults: Required<Omit<GenerateOptions, "folder">> = {
  articles: 1000,
  seed: 20250307,
  legacyShare: 0.05,
  channelsFile: settingsFiles(projectContent.settingsDir).channels,
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

/** YAML front matter; values are JSON strings, which YAML reads as double-quoted scalars. */
function frontMatter(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${JSON.stringify(value)}`]));
  return `---\n${lines.join("\n")}\n---\n`;
}

/**
 * Writes a deterministic synthetic content folder (articles/ and legacy/)
 * in the layout the loaders read: realistic Chinese government news over
 * every channel and several years, plus some legacy .txt pages in the
 * seed's format. Used by the benchmarks; never committed.
 */
export function generateSite(options: GenerateOptions = {}): GeneratedSite {
  const { articles, seed, legacyShare, channelsFile, years } = { ...defaults, ...options };
  const contentDir = options.folder ?? mkdtempSync(join(tmpdir(), "xc-bench-content-"));
  const channels = loadChannels(channelsFile);
  const files: string[] = [];
  let legacyFiles = 0;
  const write = (relative: string, text: string) => {
    const path = join(contentDir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
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
      legacyFiles += 1;
      continue;
    }
    const channel = pickChannel(random, channels);
    const text = articleText(random, topic, channel.columnType);
    const date = `${year}-${pad(month)}-${pad(day)} ${pad(random.int(8, 18))}:${pad(random.int(0, 59))}`;
    const head = frontMatter({
      title: text.title,
      channel: channel.slug,
      date,
      source: random.chance(0.4) ? random.pick(sources) : undefined,
      author: random.chance(0.2) ? random.pick(["王丽", "李明", "张伟", "刘洋", "陈静", "赵磊"]) : undefined,
    });
    write(`articles/${channel.slug}/${year}/${year}-${pad(month)}-${pad(day)}-${pad(index, 5)}.md`, `${head}\n${text.blocks.join("\n\n")}\n`);
  }
  return { contentDir, files, markdownFiles: files.length - legacyFiles, legacyFiles };
}
