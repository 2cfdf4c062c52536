import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The real settings file's text, for tests that change one value. */
export const realSettings = readFileSync("src/settings/site.yaml", "utf8");
export const realChannels = readFileSync("src/settings/channels.yaml", "utf8");
export const realTopics = readFileSync("src/settings/topics.yaml", "utf8");
export const seedText = readFileSync("src/content/legacy/000_4ff78243f4312f31.txt", "utf8");

/** Replaces the value of one top-level `key:` line of the settings text. */
export function withSetting(settings: string, key: string, value: string): string {
  const line = new RegExp(`^${key}:.*$`, "m");
  if (!line.test(settings)) throw new Error(`no ${key} in settings`);
  return settings.replace(line, `${key}: ${value}`);
}

export interface Fixture {
  root: string;
  settingsFile: string;
  channelsFile: string;
  contentDir: string;
  folders: { root: string; articles: string; legacy: string };
  /** What buildSite needs to build this fixture. */
  content: { settingsDir: string; contentDir: string };
}

/**
 * Writes a fixture site into a fresh temp folder: settings, channels and the
 * given content files (paths relative to the content folder, e.g. `articles/a.md`).
 */
export function makeFixture(files: Record<string, string | Buffer>, options: { settings?: string; channels?: string } = {}): Fixture {
  const root = mkdtempSync(join(tmpdir(), "xc-fixture-"));
  const contentDir = join(root, "content");
  mkdirSync(join(contentDir, "articles"), { recursive: true });
  mkdirSync(join(contentDir, "legacy"), { recursive: true });
  const settingsFile = join(root, "site.yaml");
  const channelsFile = join(root, "channels.yaml");
  writeFileSync(settingsFile, options.settings ?? realSettings);
  writeFileSync(channelsFile, options.channels ?? realChannels);
  writeFileSync(join(root, "topics.yaml"), realTopics);
  for (const [path, text] of Object.entries(files)) {
    const file = join(contentDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return {
    root,
    settingsFile,
    channelsFile,
    contentDir,
    folders: { root: contentDir, articles: join(contentDir, "articles"), legacy: join(contentDir, "legacy") },
    content: { settingsDir: root, contentDir },
  };
}

/**
 * The front-matter fields a policy document (an article of zcwj, a documents channel) needs,
 * valid and fictional; `number` keeps each document's 发文字号 and 索引号 its own.
 */
export function documentFields(number = 1, fields: Record<string, string | null> = {}): Record<string, string | null> {
  return { indexNumber: `XN000/2024-${String(number).padStart(5, "0")}`, issuer: "示例区人民政府（虚构）", docNumber: `京西示例发〔2024〕${number}号`, writtenOn: "2024-01-01", topic: "综合政务", validity: "有效", ...fields };
}

/** A valid Markdown article with front matter; `fields` override or (with null) remove fields. */
export function markdownArticle(fields: Record<string, string | null> = {}, body = "正文第一段。\n\n正文第二段。"): string {
  const all: Record<string, string | null> = { title: "测试文章", channel: "tzgg", date: "2025-04-01 09:30", ...fields };
  const lines = Object.entries(all).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}
