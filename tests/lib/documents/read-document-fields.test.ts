/** A policy document's fields as one file gives them: which are required where, and what one file can check. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadArticles } from "../../../src/lib/content/load-articles.ts";
import { loadChannels } from "../../../src/lib/content/load-channels.ts";
import { projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import { formatProblem } from "../../../src/lib/model/problems.ts";
import { loadSettings } from "../../../src/lib/settings/load-settings.ts";
import { loadTopics } from "../../../src/lib/settings/load-topics.ts";
import { documentFields, makeFixture, markdownArticle } from "../../support/fixture-content.ts";

const files = settingsFiles(projectContent.settingsDir);
const site = loadSettings(files.site);
const channels = loadChannels(files.channels);
const topics = loadTopics(files.topics);

function lines(fields: Record<string, string | null>, withTopics = topics) {
  const fixture = makeFixture({ "articles/x.md": markdownArticle(fields) });
  const result = loadArticles(site, channels, fixture.folders, undefined, withTopics);
  return { articles: result.articles, lines: result.problems.map((p) => formatProblem(p).replace(`${fixture.contentDir}/`, "")) };
}

const policy = (fields: Record<string, string | null> = {}) => ({ title: "文件", channel: "zcwj", date: "2025-05-01", ...documentFields(1, fields) });

describe("a policy document's front matter", () => {
  test("gives the document its metadata: 索引号, 发文机关 (one or several), 文号, 成文日期, 主题分类, 有效性", () => {
    const { articles, lines: problems } = lines(policy({ issuer: "[示例区民政局（虚构）, 示例区财政局（虚构）]", writtenOn: "2025-04-28" }));
    assert.deepEqual(problems, []);
    const doc = articles[0]!.document!;
    assert.equal(doc.indexNumber, "XN000/2024-00001");
    assert.deepEqual(doc.issuers, ["示例区民政局（虚构）", "示例区财政局（虚构）"]);
    assert.equal(doc.docNumber, "京西示例发〔2024〕1号");
    assert.equal(doc.written.display, "2025年4月28日");
    assert.deepEqual(doc.topic, { slug: "zhzw", name: "综合政务" });
    assert.equal(doc.validity, "有效");
    assert.deepEqual([doc.replaces, doc.interpretations], [[], []]);
  });

  test("is incomplete without its required fields: one line each, naming the field and what it should be", () => {
    const { lines: problems } = lines({ title: "文件", channel: "zcwj", date: "2025-05-01", docNumber: "京西示例发〔2025〕1号" });
    assert.deepEqual(problems.map((line) => line.split(": is missing")[0]), ["articles/x.md:2: indexNumber", "articles/x.md:2: issuer", "articles/x.md:2: writtenOn", "articles/x.md:2: topic", "articles/x.md:2: validity"]);
  });

  test("a 文号 in the wrong form, a 成文日期 after publication and an unknown 主题分类 are refused together", () => {
    const { lines: problems } = lines(policy({ docNumber: "京西示例发[2025]1号", writtenOn: "2025-05-02", topic: "外太空开发" }));
    assert.deepEqual(problems, [
      'articles/x.md:7: docNumber: is "京西示例发[2025]1号"; expected the year in full-width 〔〕 (六角括号), not [2025]: write 京西示例发〔2025〕1号',
      "articles/x.md:8: writtenOn: is 2025-05-02, after the publish date 2025-05-01 (date:); expected the 成文日期 on or before the day the document was published",
      `articles/x.md:9: topic: is "外太空开发", which is not a 主题分类 of topics.yaml; expected one of ${topics.map((t) => t.name).join(", ")}`,
    ]);
  });

  test("a 主题分类 needs topics.yaml in the settings folder", () => {
    const { lines: problems } = lines(policy(), []);
    assert.deepEqual(problems, ['articles/x.md:9: topic: is "综合政务", but the settings folder has no topics.yaml; expected a 主题分类 listed there (add topics.yaml beside site.yaml)']);
  });

  test("an 有效性 other than 有效 needs its date, and 已废止 or 已修改 the document that replaces it; 有效 takes neither", () => {
    assert.deepEqual(lines(policy({ validity: "已废止" })).lines.map((line) => line.split(";")[0]), ["articles/x.md:10: validitySince: is missing", "articles/x.md:10: replacedBy: is missing"]);
    assert.deepEqual(lines(policy({ validity: "已失效", validitySince: "2025-12-31" })).lines, []);
    assert.deepEqual(lines(policy({ validitySince: "2025-12-31" })).lines, ["articles/x.md:11: validitySince: is given, but the document's 有效性 is 有效; expected it only for 已修改, 已废止 or 已失效 (or set validity:)"]);
    assert.match(lines(policy({ validity: "已失效", validitySince: "2020-01-01", writtenOn: "2024-01-01" })).lines[0]!, /validitySince: is 2020-01-01, before the 成文日期 2024-01-01/);
  });

  test("document and 解读 fields are refused outside their channels", () => {
    assert.deepEqual(lines({ title: "新闻", channel: "gzdt", date: "2025-05-01", docNumber: "京西示例发〔2025〕1号", interprets: "x" }).lines, [
      "articles/x.md:5: docNumber: is a policy-document field, but channel gzdt is not marked kind: documents; expected it only in such a channel (channels.yaml)",
      "articles/x.md:6: interprets: is a 解读 field, but channel gzdt is not marked kind: interpretations; expected it only in such a channel (channels.yaml)",
    ]);
  });
});
