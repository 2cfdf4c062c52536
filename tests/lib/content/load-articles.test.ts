import { projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "../../../src/lib/model/problems.ts";
import { encodePng } from "../../../src/bench/generate/files/png.ts";
import { loadArticles } from "../../../src/lib/content/load-articles.ts";
import { loadChannels } from "../../../src/lib/content/load-channels.ts";
import { loadSettings } from "../../../src/lib/settings/load-settings.ts";
import { loadTopics } from "../../../src/lib/settings/load-topics.ts";
import { documentFields, makeFixture, markdownArticle, seedText } from "../../support/fixture-content.ts";

const site = loadSettings(settingsFiles(projectContent.settingsDir).site);
const channels = loadChannels(settingsFiles(projectContent.settingsDir).channels);
const topics = loadTopics(settingsFiles(projectContent.settingsDir).topics);

/** Loads a fixture's articles and returns the problem lines, with the fixture folder cut from paths. */
function load(files: Record<string, string | Buffer>) {
  const fixture = makeFixture(files);
  const result = loadArticles(site, channels, fixture.folders, undefined, topics);
  const lines = result.problems.map((p) => formatProblem(p).replace(`${fixture.contentDir}/`, ""));
  return { ...result, lines };
}

describe("loading articles", () => {
  test("reads Markdown and legacy articles into typed articles, newest first", () => {
    const { articles, lines } = load({
      "articles/spring.md": markdownArticle({ title: "春季入学通知", date: "2025-04-01 09:30", source: "西城区教育委员会" }),
      "articles/policy.md": markdownArticle({ title: "政策", channel: "zcwj", date: "2024-01-02", ...documentFields() }, "第一段**加粗**。\n\n第二段。"),
      "legacy/seed.txt": seedText,
    });
    assert.deepEqual(lines, []);
    assert.deepEqual(articles.map((a) => a.title), ["春季入学通知", "2025年西城区组织、宣传、统战、社会工作部署会召开", "政策"]);
    const [spring, seed, policy] = articles;
    assert.equal(spring!.url, "/tzgg/2025/spring/");
    assert.equal(spring!.source, "西城区教育委员会");
    assert.equal(spring!.channel.name, "通知公告");
    assert.equal(spring!.summary, "正文第一段。");
    assert.equal(seed!.source, site.defaultSource);
    assert.equal(seed!.url, "/gzdt/2025/seed/");
    assert.equal(policy!.bodyHtml, "<p>第一段<strong>加粗</strong>。</p>\n<p>第二段。</p>\n");
    assert.equal(policy!.published.iso, "2024-01-02T00:00:00+08:00");
  });

  test("links each article to its older and newer neighbour in the same channel", () => {
    const { articles } = load({
      "articles/a.md": markdownArticle({ title: "甲", date: "2025-01-01" }),
      "articles/b.md": markdownArticle({ title: "乙", date: "2025-01-02" }),
      "articles/c.md": markdownArticle({ title: "丙", date: "2025-01-03" }),
      "articles/other.md": markdownArticle({ title: "别的栏目", channel: "zcwj", date: "2025-01-02 12:00", ...documentFields(2) }),
    });
    const middle = articles.find((a) => a.title === "乙")!;
    assert.equal(middle.previous?.title, "甲");
    assert.equal(middle.next?.title, "丙");
    assert.equal(articles.find((a) => a.title === "别的栏目")!.previous, undefined);
  });

  test("raw HTML in Markdown is shown as text, never as markup", () => {
    const { articles } = load({ "articles/x.md": markdownArticle({}, '<script>alert(1)</script>\n\n[点我](javascript:alert(1))') });
    assert.ok(!articles[0]!.bodyHtml.includes("<script"));
    assert.ok(articles[0]!.bodyHtml.includes("&lt;script&gt;"));
    assert.ok(!articles[0]!.bodyHtml.includes('href="javascript:'));
  });
});

describe("bad content stops the build with one line per problem", () => {
  test("malformed front matter names the file, line and field", () => {
    const { lines } = load({ "articles/bad.md": "---\ntitle: 标题\ndate: [2025\n---\n正文。\n" });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^articles\/bad\.md:\d+: front matter: is not valid YAML/);
  });

  test("a missing title is reported", () => {
    assert.deepEqual(load({ "articles/a.md": markdownArticle({ title: null }) }).lines, [
      "articles/a.md:2: title: is missing; expected a title of 1 to 200 characters",
    ]);
  });

  test("a missing date is reported", () => {
    assert.match(load({ "articles/a.md": markdownArticle({ date: null }) }).lines[0]!, /^articles\/a\.md:2: date: is missing; expected a real date as YYYY-MM-DD/);
  });

  test("an impossible date is reported with its line", () => {
    assert.deepEqual(load({ "articles/a.md": markdownArticle({ date: "2025-02-30" }) }).lines, [
      'articles/a.md:4: date: is "2025-02-30"; expected a real date as YYYY-MM-DD or YYYY-MM-DD HH:MM (Beijing time), e.g. 2025-03-07 09:30',
    ]);
  });

  test("an unknown channel is reported with the channels there are", () => {
    assert.deepEqual(load({ "articles/a.md": markdownArticle({ channel: "news" }) }).lines, [
      'articles/a.md:3: channel: is "news", which is not a channel; expected one of gzdt, tzgg, zcwj, zcjd',
    ]);
  });

  test("two articles with one URL are reported", () => {
    const { lines } = load({
      "articles/one/same.md": markdownArticle({ title: "一" }),
      "articles/two/same.md": markdownArticle({ title: "二" }),
    });
    assert.deepEqual(lines, ["articles/two/same.md: slug: gives the URL /tzgg/2025/same/, already used by " + lines[0]!.split("already used by ")[1]]);
    assert.match(lines[0]!, /already used by .*articles\/one\/same\.md; expected a unique slug/);
  });

  test("an empty body is reported", () => {
    assert.deepEqual(load({ "articles/a.md": markdownArticle({}, "") }).lines, [
      "articles/a.md:6: body: is empty; expected the article text in Markdown after the front matter",
    ]);
  });

  test("a legacy file with no recognisable date is reported", () => {
    assert.match(load({ "legacy/old.txt": "西城区召开会议。\n" }).lines[0]!, /^legacy\/old\.txt:1: date: no recognisable date/);
  });

  test("a misspelt front-matter field is reported rather than ignored", () => {
    assert.deepEqual(load({ "articles/a.md": markdownArticle({ titel: "x" }) }).lines, ["articles/a.md:5: titel: is not a known field (check its spelling)"]);
  });

  test("a file that is not UTF-8 is reported", () => {
    assert.deepEqual(load({ "articles/gbk.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xce, 0xf7, 0xb3, 0xc7, 0x0a]) }).lines, [
      "articles/gbk.md: file: is not valid UTF-8; expected UTF-8 text (re-save the file as UTF-8)",
    ]);
  });

  test("every problem in every file is reported at once", () => {
    const { lines } = load({
      "articles/a.md": markdownArticle({ title: null, channel: "news", date: "2025-13-01" }),
      "articles/b.md": markdownArticle({}, ""),
      "legacy/c.txt": "没有日期。\n",
    });
    assert.deepEqual(lines.map((l) => l.replace(/:.*?: /, " ").split(":")[0]), [
      "articles/a.md date",
      "articles/a.md title",
      "articles/a.md channel",
      "articles/b.md body",
      "legacy/c.txt date",
    ]);
  });
});

describe("headings and images in Markdown", () => {
  test("a skipped heading level is refused with the line it is on, counted in the whole file", () => {
    const { lines } = load({ "articles/x.md": markdownArticle({}, "## 一、总体要求\n\n正文。\n\n#### 细则\n\n正文。") });
    // front matter is lines 1-5, a blank line 6, the body starts on line 7
    assert.deepEqual(lines, ["articles/x.md:11: heading: is h4 (####) after h2; expected h3 (###) or higher: headings go down one level at a time"]);
  });

  test("headings that go down one level at a time and back up are accepted", () => {
    const { lines } = load({ "articles/x.md": markdownArticle({}, "## 一\n\n### 1\n\n#### (1)\n\n## 二\n\n### 1") });
    assert.deepEqual(lines, []);
  });

  test("every remote image is refused with its own line; the site's own images are kept", () => {
    const { lines } = load({
      "articles/x.md": markdownArticle({}, "![本站](/uploads/a.png)\n\n![甲](https://a.example/1.png) ![乙](https://a.example/2.png)\n\n正文\n![丙](//b.example/3.png)"),
    });
    assert.deepEqual(lines.map((line) => line.split(": image: ")[0]), ["articles/x.md:9", "articles/x.md:9", "articles/x.md:12"]);
    const { articles } = load({ "articles/y.md": markdownArticle({}, "![本站示意图](/uploads/a.png)\n\n![相对路径](images/b.png)"), "articles/images/b.png": encodePng(40, 20, () => [200, 100, 50]) });
    assert.ok(articles[0]!.bodyHtml.includes('<img src="/uploads/a.png" alt="本站示意图">'));
    // An image beside the article is published beside its page, converted (src/lib/images/).
    assert.ok(articles[0]!.bodyHtml.includes('<img src="/tzgg/2025/y/images/b-40.png"'), articles[0]!.bodyHtml);
    assert.ok(articles[0]!.bodyHtml.includes('alt="相对路径"'));
  });
});
