/** Policy documents and their 解读, linked both ways across the site, and every problem of the links at once. */
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

function load(articles: Record<string, string>) {
  const fixture = makeFixture(articles);
  const result = loadArticles(site, channels, fixture.folders, undefined, topics);
  return { ...result, lines: result.problems.map((p) => formatProblem(p).replace(`${fixture.contentDir}/`, "")) };
}

const documentArticle = (title: string, date: string, number: number, fields: Record<string, string | null> = {}) =>
  markdownArticle({ title, channel: "zcwj", date, ...documentFields(number, fields) });
const interpretation = (title: string, date: string, interprets: string, kind?: string) =>
  markdownArticle({ title, channel: "zcjd", date, interprets, ...(kind ? { interpretationKind: kind } : {}) }, kind === "问答" ? "## 问：谁可以申请？\n\n答：户籍居民。" : "解读正文。");

describe("policy documents and their 解读", () => {
  test("a repealed document links to its replacement, and the replacement links back", () => {
    const { articles, lines } = load({
      "articles/old.md": documentArticle("旧办法", "2024-02-01", 1, { validity: "已废止", validitySince: "2025-03-01", replacedBy: "京西示例发〔2024〕2号" }),
      "articles/new.md": documentArticle("新办法", "2025-03-01", 2),
      "articles/amended.md": documentArticle("被修改的办法", "2024-03-01", 3, { validity: "已修改", validitySince: "2025-03-01", replacedBy: "new" }),
    });
    assert.deepEqual(lines, []);
    const old = articles.find((a) => a.title === "旧办法")!.document!;
    const replacement = articles.find((a) => a.title === "新办法")!.document!;
    assert.deepEqual(old.replacedBy, { title: "新办法", url: "/zcwj/2025/new/", docNumber: "京西示例发〔2024〕2号" });
    assert.equal(old.validitySince?.display, "2025年3月1日");
    assert.deepEqual(replacement.replaces.map((r) => [r.title, r.validity, r.url]).sort(), [["旧办法", "已废止", "/zcwj/2024/old/"], ["被修改的办法", "已修改", "/zcwj/2024/amended/"]]);
  });

  test("a document lists every 解读 of it, newest first, each with its kind; each 解读 links to its document", () => {
    const { articles, lines } = load({
      "articles/policy.md": documentArticle("补贴办法", "2025-01-02", 7),
      "articles/qa.md": interpretation("补贴问答", "2025-01-04", "京西示例发〔2024〕7号", "问答"),
      "articles/text.md": interpretation("补贴解读", "2025-01-03", "policy"),
    });
    assert.deepEqual(lines, []);
    const policy = articles.find((a) => a.slug === "policy")!;
    assert.deepEqual(policy.document!.interpretations, [
      { title: "补贴问答", url: "/zcjd/2025/qa/", kind: "问答" },
      { title: "补贴解读", url: "/zcjd/2025/text/", kind: "图文解读" },
    ]);
    assert.deepEqual(articles.find((a) => a.slug === "qa")!.interpretation, { kind: "问答", document: { title: "补贴办法", url: "/zcwj/2025/policy/", docNumber: "京西示例发〔2024〕7号" } });
  });

  test("a missing replacement, a cycle, a 解读 of nothing and a shared 文号 are all reported in one go, one line each", () => {
    const { lines } = load({
      "articles/a.md": documentArticle("甲", "2025-01-01", 1, { validity: "已废止", validitySince: "2025-02-01", replacedBy: "京西示例发〔2024〕2号" }),
      "articles/b.md": documentArticle("乙", "2025-01-02", 2, { validity: "已废止", validitySince: "2025-02-01", replacedBy: "a" }),
      "articles/c.md": documentArticle("丙", "2025-01-03", 3, { validity: "已废止", validitySince: "2025-02-01", replacedBy: "京西示例发〔2099〕1号" }),
      "articles/d.md": documentArticle("丁", "2025-01-04", 4, { docNumber: "京西示例发〔2024〕1号" }),
      "articles/e.md": interpretation("戊", "2025-01-05", "no-such-document"),
    });
    const circle = (from: number, to: number) => `goes round in a circle (京西示例发〔2024〕${from}号 → 京西示例发〔2024〕${to}号 → 京西示例发〔2024〕${from}号); expected a chain of replacements that ends in a document still in force`;
    const notADocument = (name: string) => `names "${name}", which is not a policy document of this site; expected the 发文字号 (e.g. 京西政发〔2025〕3号) or slug of an article in a documents channel`;
    assert.deepEqual(lines.map((line) => line.replace(/which \S+\/articles\//, "which articles/")).sort(), [
      'articles/a.md:7: docNumber: is "京西示例发〔2024〕1号", which articles/d.md also gives; expected each document\'s 发文字号 once',
      `articles/a.md:12: replacedBy: ${circle(1, 2)}`,
      `articles/b.md:12: replacedBy: ${circle(2, 1)}`,
      `articles/c.md:12: replacedBy: ${notADocument("京西示例发〔2099〕1号")}`,
      'articles/d.md:7: docNumber: is "京西示例发〔2024〕1号", which articles/a.md also gives; expected each document\'s 发文字号 once',
      `articles/e.md:5: interprets: ${notADocument("no-such-document")}`,
    ].sort());
  });

  test("a slug two documents share cannot name a document: the 发文字号 is asked for", () => {
    const { lines } = load({
      "articles/2024/rules.md": documentArticle("规则2024", "2024-01-01", 1),
      "articles/2025/rules.md": documentArticle("规则2025", "2025-01-01", 2),
      "articles/explain.md": interpretation("解读", "2025-02-01", "rules"),
    });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^articles\/explain\.md:5: interprets: names "rules", the slug of several documents \(.*\); expected the document's 发文字号$/);
  });
});
