import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSiteContent } from "../../src/lib/load-site.ts";

const folder = mkdtempSync(join(tmpdir(), "xc-permalink-"));
after(() => rmSync(folder, { recursive: true, force: true }));
const folders = { articles: join(folder, "articles"), legacy: join(folder, "legacy") };
mkdirSync(folders.articles);
mkdirSync(folders.legacy);

/** Writes the articles and returns each one's URL by source file name. */
function urlsAfterWriting(files: Record<string, string>): Record<string, string> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const { articles } = loadSiteContent({ contentDir: folder });
  return Object.fromEntries(articles.map((a) => [a.sourceFile.slice(folder.length + 1), a.url]));
}

const markdown = (fields: string) => `---\n${fields}\nchannel: tzgg\ndate: 2025-06-01\n---\n正文。\n`;
const legacy = (front: string, lead: string) => `${front}6月1日,${lead},会议强调……\n正文。\n`;

test("changing an article's title keeps its URL", () => {
  const before = urlsAfterWriting({ "articles/water-notice.md": markdown("title: 停水通知") });
  const after = urlsAfterWriting({ "articles/water-notice.md": markdown("title: 关于西城区部分地区临时停水的通知（更正）") });
  assert.equal(before["articles/water-notice.md"], "/tzgg/2025/water-notice/");
  assert.deepEqual(after, before);
});

test("changing the lead (and so the derived title) of an imported page keeps its URL", () => {
  const before = urlsAfterWriting({ "legacy/old-page-17.txt": legacy("", "2025年西城区召开会议") });
  const after = urlsAfterWriting({ "legacy/old-page-17.txt": legacy("", "2025年西城区召开全区工作会议") });
  assert.equal(before["legacy/old-page-17.txt"], "/gzdt/2025/old-page-17/");
  assert.equal(after["legacy/old-page-17.txt"], before["legacy/old-page-17.txt"]);
  rmSync(join(folder, "legacy/old-page-17.txt"));
});

test("the URL changes only when the author sets a new slug", () => {
  const renamed = urlsAfterWriting({ "articles/water-notice.md": markdown("title: 停水通知\nslug: water-2025-06") });
  assert.equal(renamed["articles/water-notice.md"], "/tzgg/2025/water-2025-06/");
  const retitled = urlsAfterWriting({ "articles/water-notice.md": markdown("title: 新标题\nslug: water-2025-06") });
  assert.deepEqual(retitled, renamed);
});
