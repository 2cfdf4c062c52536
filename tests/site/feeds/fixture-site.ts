import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../../../src/publish/build-site.ts";
import { postBuildSteps } from "../../../src/publish/post-build-steps.ts";
import { sharedBuild } from "../../support/shared-build.ts";

/** A very long title: at the 200-character limit of the front matter. */
export const longTitle = ("超长标题测试" + "西城区街道社区公共服务设施建设与居民生活便利化改造工作进展情况通报".repeat(8)).slice(0, 200);

/**
 * The bad-input article: control characters (as YAML escapes in the front
 * matter, raw in the body), `]]>`, `&`, `<`, emoji and a title of the
 * longest length allowed.
 */
const badArticle = [
  "---",
  `title: "控制字符\\x01\\x0B\\x1F与]]>和&及<标题🎉\\u0085${longTitle.slice(21)}"`,
  "channel: tzgg",
  "date: 2025-05-01 08:30",
  'summary: "摘要\\x02含]]>、&、<和😀"',
  'source: "来源\\x1B单位&<"',
  "slug: bad-input",
  "---",
  "",
  "正文含控制字符\u0001\u0008\u000b\u000c\u001b\u007f、CDATA结束符]]>、和号&、小于号<、大于号>、emoji 🎉👨‍👩‍👧。",
  "",
  "第二段含 `<script>alert(1)</script>` 与 [栏目链接](/gzdt/)。",
  "",
].join("\n");

/** Ordinary articles across the channels, with relative links so the absolute-URL conversion is exercised. */
function ordinaryArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  const channels = ["gzdt", "tzgg", "zcwj", "zcjd"];
  for (let i = 1; i <= 8; i++) {
    const channel = channels[i % channels.length]!;
    files[`a${i}.md`] = [
      "---",
      `title: 第${i}篇测试文章：${channel}栏目`,
      `channel: ${channel}`,
      `date: 2025-04-${String(i + 1).padStart(2, "0")} ${String(8 + i).padStart(2, "0")}:15`,
      i % 2 ? "author: 张三" : "source: 西城区测试委员会",
      `slug: article-${i}`,
      // zcwj holds policy documents (with their official fields), zcjd their 解读 (naming the document).
      ...(channel === "zcwj" ? [`indexNumber: XN000/2025-0000${i}`, "issuer: 北京市西城区测试委员会（虚构）", `docNumber: 京西测发〔2025〕${i}号`, "writtenOn: 2025-03-01", "topic: 综合政务", "validity: 有效"] : []),
      ...(channel === "zcjd" ? ["interprets: article-2"] : []),
      "---",
      "",
      `第${i}篇正文第一段，讲述本区工作。`,
      "",
      `详见[本站栏目](/${channel}/)、[相对链接](../)和[外部链接](https://www.gov.cn/)。`,
      "",
      "- 要点一",
      "- 要点二",
      "",
    ].join("\n");
  }
  return files;
}

/** A channel without articles. */
export const emptyChannel = "- slug: kong\n  name: 空栏目\n  description: 一个还没有文章的栏目。\n  columnType: 其他\n";

/** The fixture's content, written into a fresh temporary folder (`root`, removed by the caller). */
export function writeFixtureContent(): { root: string; content: { settingsDir: string; contentDir: string } } {
  const root = mkdtempSync(join(tmpdir(), "xc-feeds-"));
  const settings = readFileSync("src/settings/site.yaml", "utf8").replace(/^feedItems:.*$/m, "");
  writeFileSync(join(root, "site.yaml"), settings);
  // The real channels plus one that stays empty: its feeds must be valid too.
  writeFileSync(join(root, "channels.yaml"), `${readFileSync("src/settings/channels.yaml", "utf8")}${emptyChannel}`);
  copyFileSync("src/settings/topics.yaml", join(root, "topics.yaml"));
  mkdirSync(join(root, "content", "articles"), { recursive: true });
  mkdirSync(join(root, "content", "legacy"), { recursive: true });
  for (const [name, text] of Object.entries(ordinaryArticles())) writeFileSync(join(root, "content", "articles", name), text);
  writeFileSync(join(root, "content", "articles", "bad-input.md"), badArticle);
  // Legacy text as the old site exported it, with control characters, markup and an over-long lead.
  writeFileSync(
    join(root, "content", "legacy", "bad-legacy.txt"),
    `5月2日,2025年西城区${"老旧小区综合整治".repeat(40)}\u0007工作推进会召开,会议要求<b>&amp;]]>🎉\n正文\u0002一段]]>&<。\n`,
  );
  copyFileSync("src/content/legacy/000_4ff78243f4312f31.txt", join(root, "content", "legacy", "000_4ff78243f4312f31.txt"));
  return { root, content: { settingsDir: root, contentDir: join(root, "content") } };
}

/** The fixture site as every feeds test file reads it: built once (tests/support/shared-build.ts). */
export async function fixtureSite(): Promise<string> {
  const { root, content } = writeFixtureContent();
  try {
    return await sharedBuild("feeds", content);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A fresh build of the same fixture into `output`, for comparing two builds. */
export async function buildFixtureInto(output: string): Promise<void> {
  const { root, content } = writeFixtureContent();
  try {
    await buildSite({ output, steps: postBuildSteps, content });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
