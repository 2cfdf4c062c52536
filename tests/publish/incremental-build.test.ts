import assert from "node:assert/strict";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { globSync } from "tinyglobby";
import { buildSite, type BuildResult } from "../../src/publish/build-site.ts";
import { postBuildSteps } from "../../src/publish/post-build-steps.ts";
import { documentFields, type Fixture, makeFixture, markdownArticle, withSetting } from "../support/fixture-content.ts";
import { removeTemp, tempOutput } from "../support/build-into.ts";

// One small site, published incrementally through a sequence of edits; after each, every file
// (the hidden manifest included) is compared byte for byte with a full build of the same content.

let fixture: Fixture;
let output: string;
const fullOutputs: string[] = [];

/** Every file of a built folder, hidden ones included, with its bytes. */
function everyFile(folder: string): Map<string, Buffer> {
  const files = globSync("**", { cwd: folder, onlyFiles: true, dot: true, followSymbolicLinks: false }).sort();
  return new Map(files.map((file) => [file, readFileSync(join(folder, file))]));
}

/** Publishes the fixture into the incremental output, builds it fully elsewhere, and compares the two trees file by file. */
async function publishAndCompare(): Promise<BuildResult> {
  const result = await buildSite({ output, steps: postBuildSteps, content: fixture.content });
  const full = await tempOutput("full");
  fullOutputs.push(full);
  await buildSite({ output: full, steps: postBuildSteps, content: fixture.content, full: true });
  const incremental = everyFile(output);
  const expected = everyFile(full);
  assert.deepEqual([...incremental.keys()], [...expected.keys()], "the same files");
  for (const [file, bytes] of expected) assert.ok(incremental.get(file)!.equals(bytes), `${file} differs from the full build's`);
  return result;
}

/** Files of the portal fixture that the article with an image and an attachment borrows. */
const portalFiles = "tests/fixtures/portal/content/articles/documents";

const article = (slug: string, fields: Record<string, string | null> = {}, body?: string) => markdownArticle({ slug, ...fields }, body);

before(async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 6; i++) files[`articles/notice-${i}.md`] = article(`notice-${i}`, { title: `通知第${i}号（虚构）`, date: `2025-03-0${i} 09:00` }, `第${i}号通知的正文，测试用。`);
  for (let i = 1; i <= 3; i++) files[`articles/news-${i}.md`] = article(`news-${i}`, { title: `工作动态${i}（虚构）`, channel: "gzdt", date: `2024-12-1${i} 10:00` }, `动态${i}的正文。`);
  for (let i = 1; i <= 2; i++) files[`articles/doc-${i}.md`] = article(`doc-${i}`, { title: `示例文件${i}（虚构）`, channel: "zcwj", date: `2024-06-0${i} 09:00`, ...documentFields(i) }, `文件${i}的正文。`);
  const withFiles = markdownArticle({ slug: "photo-news", title: "图片新闻（虚构）", channel: "gzdt", date: "2025-01-20 10:00" }, "活动现场（虚构）。\n\n![活动现场示意（虚构生成的图片）](flow.png)\n");
  files["articles/photo-news.md"] = withFiles.replace("\n---\n", "\nattachments:\n  - file: rules.pdf\n    title: 活动须知（虚构）\n---\n");
  fixture = makeFixture(files);
  for (const [from, to] of [["flow.png", "flow.png"], ["files/subsidy-rules.pdf", "rules.pdf"]]) {
    writeFileSync(join(fixture.folders.articles, to!), readFileSync(join(portalFiles, from!)));
  }
  output = await tempOutput("incremental");
  const first = await buildSite({ output, steps: postBuildSteps, content: fixture.content });
  assert.match(first.fullReason ?? "", /does not exist/, "the first build is a full one");
});

after(async () => {
  rmSync(fixture.root, { recursive: true, force: true });
  await removeTemp(output);
  for (const full of fullOutputs) await removeTemp(full);
});

/** Asserts that a build was incremental and rendered only part of the site. */
function assertIncremental(result: BuildResult): void {
  assert.equal(result.fullReason, undefined, "an incremental build");
  assert.ok(result.kept > 0, "some pages were kept from the published site");
}

test("adding an article publishes incrementally and equals a full build", async () => {
  writeFileSync(join(fixture.folders.articles, "notice-7.md"), article("notice-7", { title: "新增通知（虚构）", date: "2025-03-08 09:00" }, "新增通知的正文：停水。"));
  const result = await publishAndCompare();
  assertIncremental(result);
  assert.ok(everyFile(output).has("tzgg/2025/notice-7/index.html"));
});

test("editing an article's title publishes incrementally and equals a full build", async () => {
  writeFileSync(join(fixture.folders.articles, "notice-3.md"), article("notice-3", { title: "第3号通知（已更正，虚构）", date: "2025-03-03 09:00" }, "第3号通知的正文，测试用。"));
  const result = await publishAndCompare();
  assertIncremental(result);
  assert.match(readFileSync(join(output, "tzgg/2025/notice-3/index.html"), "utf8"), /已更正/);
});

test("editing an article's body publishes incrementally and equals a full build", async () => {
  writeFileSync(join(fixture.folders.articles, "news-2.md"), article("news-2", { title: "工作动态2（虚构）", channel: "gzdt", date: "2024-12-12 10:00" }, "动态2的正文，补充了交通管制的说明。"));
  const result = await publishAndCompare();
  assertIncremental(result);
  assert.match(readFileSync(join(output, "gzdt/2024/news-2/index.html"), "utf8"), /交通管制/);
});

test("editing the article that has an image and an attachment publishes its files again and equals a full build", async () => {
  const file = join(fixture.folders.articles, "photo-news.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("图片新闻（虚构）", "图片新闻（已更新，虚构）"));
  const result = await publishAndCompare();
  assertIncremental(result);
  assert.ok(everyFile(output).has("gzdt/2025/photo-news/flow.png"));
});

test("moving an article to another channel publishes incrementally and equals a full build", async () => {
  writeFileSync(join(fixture.folders.articles, "notice-5.md"), article("notice-5", { title: "通知第5号（虚构）", channel: "gzdt", date: "2025-03-05 09:00" }, "第5号通知的正文，测试用。"));
  const result = await publishAndCompare();
  assertIncremental(result);
  const files = everyFile(output);
  assert.ok(files.has("gzdt/2025/notice-5/index.html"));
  assert.equal(files.has("tzgg/2025/notice-5/index.html"), false, "the old address is gone");
});

test("deleting an article publishes incrementally and equals a full build", async () => {
  rmSync(join(fixture.folders.articles, "notice-1.md"));
  const result = await publishAndCompare();
  assertIncremental(result);
  assert.equal(everyFile(output).has("tzgg/2025/notice-1/index.html"), false);
});

test("a failing incremental build changes nothing that is served", async () => {
  const before = everyFile(output);
  const broken = join(fixture.folders.articles, "broken.md");
  writeFileSync(broken, article("broken", { date: "2025-02-30 09:00" }));
  await assert.rejects(buildSite({ output, steps: postBuildSteps, content: fixture.content }), /date/);
  rmSync(broken);
  assert.deepEqual(everyFile(output), before, "every file as it was");
});

test("renaming an article's file without changing it keeps the site as it was and equals a full build", async () => {
  renameSync(join(fixture.folders.articles, "news-1.md"), join(fixture.folders.articles, "news-one.md"));
  const result = await publishAndCompare();
  assertIncremental(result);
});

test("changing the settings rebuilds every page and equals a full build", async () => {
  writeFileSync(fixture.settingsFile, withSetting(readFileSync(fixture.settingsFile, "utf8"), "sponsor", "示例区人民政府办公室（虚构）"));
  const result = await publishAndCompare();
  assert.match(result.fullReason ?? "", /settings/, "a full build, for the settings");
});
