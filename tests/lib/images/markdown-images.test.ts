/** Images of an article body: alt text required, pictures with sizes, figures with captions, decorative images. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { encodePng } from "../../../src/bench/generate/files/png.ts";
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
const png = (width: number, height: number) => encodePng(width, height, (x) => (x % 2 ? [200, 40, 40] : [250, 250, 250]));

function load(articles: Record<string, string | Buffer>) {
  const fixture = makeFixture(articles);
  const result = loadArticles(site, channels, fixture.folders, undefined, topics);
  const strip = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).replaceAll(`${fixture.contentDir}/`, "");
  return { ...result, lines: result.problems.map(strip), warningLines: result.warnings.map(strip) };
}

describe("an image of an article body", () => {
  test("becomes a picture of WebP and its own format in several widths, with width, height, alt and sizes", () => {
    const { articles, lines } = load({ "articles/news.md": markdownArticle({ title: "新闻" }, "导语。\n\n![示例流程图：四个步骤](流程图.png)"), "articles/流程图.png": png(1200, 300) });
    assert.deepEqual(lines, []);
    const $ = cheerio.load(articles[0]!.bodyHtml, null, false);
    const base = "/tzgg/2025/news/%E6%B5%81%E7%A8%8B%E5%9B%BE";
    assert.equal($("picture source").attr("type"), "image/webp");
    assert.equal($("picture source").attr("srcset"), `${base}-480.webp 480w, ${base}-960.webp 960w, ${base}-1200.webp 1200w`);
    const img = $("picture img");
    assert.equal(img.attr("src"), `${base}-960.png`);
    assert.equal(img.attr("srcset"), `${base}-480.png 480w, ${base}-960.png 960w, ${base}-1200.png 1200w`);
    assert.deepEqual([img.attr("width"), img.attr("height"), img.attr("alt")], ["1200", "300", "示例流程图：四个步骤"]);
    assert.equal(img.attr("sizes"), "(max-width: 47rem) 100vw, 45rem");
    assert.equal(img.attr("loading"), undefined, "the first image of a news item may be on screen: it loads at once");
    assert.deepEqual(articles[0]!.images!.map((i) => [i.url, i.widths, i.formats]), [[`${base}.png`, [480, 960, 1200], ["webp", "auto"]]]);
  });

  test("alone in its paragraph it is a figure: the title is its caption, with a link to the original", () => {
    const { articles } = load({ "articles/news.md": markdownArticle({ title: "新闻" }, '![柱状图：三个街道的人数](chart.png "图1 各街道人数（虚构）")\n\n正文。\n\n![第二张图](chart.png)'), "articles/chart.png": png(300, 200) });
    const $ = cheerio.load(articles[0]!.bodyHtml, null, false);
    const [first, second] = $("figure.xc-figure").toArray().map((f) => $(f));
    assert.equal(first!.find("figcaption .xc-figure__caption").text(), "图1 各街道人数（虚构）");
    assert.equal(first!.find("figcaption a").text(), "查看原图（PNG，1 KB）");
    assert.equal(first!.find("figcaption a").attr("href"), "/tzgg/2025/news/chart.png");
    assert.equal(first!.find("img").attr("title"), undefined);
    assert.equal(second!.find("img").attr("loading"), "lazy", "later images load lazily");
    assert.deepEqual(second!.find("figcaption").text(), "查看原图（PNG，1 KB）");
    assert.deepEqual(second!.find("source").attr("srcset"), "/tzgg/2025/news/chart-300.webp 300w", "an image narrower than every width keeps its own");
  });

  test("in a policy document even the first image loads lazily: the information block stands above the body", () => {
    const { articles, lines } = load({ "articles/policy.md": markdownArticle({ title: "文件", channel: "zcwj", date: "2025-05-01", ...documentFields() }, "![流程](flow.png)"), "articles/flow.png": png(100, 50) });
    assert.deepEqual(lines, []);
    assert.equal(cheerio.load(articles[0]!.bodyHtml)("img").attr("loading"), "lazy");
  });

  test("marked ![装饰](…) it is decorative: empty alt, no caption, no link", () => {
    const { articles, lines } = load({ "articles/news.md": markdownArticle({ title: "新闻" }, "正文。\n\n![装饰](line.png)"), "articles/line.png": png(600, 8) });
    assert.deepEqual(lines, []);
    const $ = cheerio.load(articles[0]!.bodyHtml, null, false);
    assert.equal($("img").attr("alt"), "");
    assert.equal($("figure, figcaption, a").length, 0);
    assert.equal($("div.xc-figure picture").length, 1);
  });

  test("without alt text, a file, or a line of its own for its caption it is refused, naming file and line", () => {
    const { lines } = load({
      "articles/news.md": markdownArticle({ title: "新闻" }, '![](a.png)\n\n![图](missing.png)\n\n文字 ![图](a.png "说明") 文字\n\n![装饰](a.png "说明")'),
      "articles/a.png": png(10, 10),
    });
    assert.deepEqual(lines.map((line) => line.split(";")[0]), [
      'articles/news.md:7: image: "a.png" has no alt text',
      'articles/news.md:11: image: "a.png" has a caption ("说明") but shares its paragraph with other text',
      'articles/news.md:13: image: "a.png" is marked decorative (装饰) but has a caption',
      "articles/news.md:9: image: shows missing.png, which is not there beside articles/news.md",
    ]);
  });

  test("an image of the site's own elsewhere (/uploads/…) is shown as written, with a warning", () => {
    const { articles, warningLines } = load({ "articles/news.md": markdownArticle({ title: "新闻" }, "![地图](/uploads/map.png)") });
    assert.ok(articles[0]!.bodyHtml.includes('<img src="/uploads/map.png" alt="地图">'));
    assert.deepEqual(warningLines.map((line) => line.split(";")[0]), ['articles/news.md:7: image: "/uploads/map.png" is not beside the article: it is shown as written, without sizes or WebP, and the build cannot check it']);
  });
});
