import { projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readLegacyArticle } from "../../../src/lib/legacy/read-legacy-article.ts";
import { loadSettings } from "../../../src/lib/settings/load-settings.ts";
import { seedText } from "../../support/fixture-content.ts";

const site = loadSettings(settingsFiles(projectContent.settingsDir).site);
const channels = ["gzdt", "tzgg", "zcwj", "zcjd"];
const read = (text: string) => readLegacyArticle(text, "legacy/old.txt", site, channels);
const paragraphsOf = (html: string) => [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);

describe("the seed article from the old site", () => {
  const { draft, problems, warnings } = read(seedText);

  test("is read without problems or warnings", () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(warnings, []);
  });

  test("takes its title from the lead clause", () => {
    assert.equal(draft!.title, "2025年西城区组织、宣传、统战、社会工作部署会召开");
  });

  test("takes its date from the opening month-day and the lead's year", () => {
    assert.equal(draft!.published.date, "2025-03-07");
    assert.equal(draft!.published.display, "2025年3月7日");
  });

  test("has the lead and 8 body paragraphs, from 会议充分肯定 to 会议以视频形式召开", () => {
    const paragraphs = paragraphsOf(draft!.bodyHtml);
    assert.equal(paragraphs.length, 9);
    assert.ok(paragraphs[0]!.startsWith("3月7日，2025年西城区组织、宣传、统战、社会工作部署会召开，"));
    assert.ok(paragraphs[1]!.startsWith("会议充分肯定"));
    assert.ok(paragraphs[8]!.startsWith("会议以视频形式召开"));
  });

  test("leaves the old site's footer lines out of the body", () => {
    for (const text of ["主办", "承办", "政府网站标识码", "ICP备", "公网安备"]) assert.ok(!draft!.bodyHtml.includes(text), text);
  });

  test("restores full-width punctuation in the body", () => {
    assert.ok(!/[\u4e00-\u9fff],|,[\u4e00-\u9fff]/.test(draft!.bodyHtml));
    assert.ok(draft!.bodyHtml.includes("会议指出，要进一步强化政治建设"));
  });

  test("goes to the legacy channel under a URL slug from its file name", () => {
    assert.equal(draft!.channelSlug, "gzdt");
    assert.equal(draft!.slug, "old");
  });
});

describe("legacy text", () => {
  test("an imported script tag is escaped and shown as text", () => {
    const { draft } = read("5月1日,2024年测试<script>alert(1)</script>标题,正文。\n第二段<img src=x onerror=alert(1)>。");
    assert.ok(!draft!.bodyHtml.includes("<script"));
    assert.ok(!draft!.bodyHtml.includes("<img"));
    assert.ok(draft!.bodyHtml.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.equal(draft!.title, "2024年测试<script>alert(1)</script>标题");
  });

  test("a file with no recognisable date is refused with its file, line and field", () => {
    const { draft, problems } = read("西城区召开会议,部署工作。\n第二段。");
    assert.equal(draft, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, "legacy/old.txt");
    assert.equal(problems[0]!.line, 1);
    assert.equal(problems[0]!.field, "date");
    assert.match(problems[0]!.message, /no recognisable date; expected the first line to open with M月D日/);
  });

  test("an impossible date in the opening is refused", () => {
    const { problems } = read("2月30日,2025年某会议召开,内容。");
    assert.match(problems[0]!.message, /2025年2月30日 is not a real date/);
  });

  test("a front-matter block overrides the derived title, date and channel", () => {
    const { draft, problems } = read("---\ntitle: 另一个标题\ndate: 2024-12-31 10:00\nchannel: tzgg\n---\n3月7日,2025年某会议召开,内容。");
    assert.deepEqual(problems, []);
    assert.equal(draft!.title, "另一个标题");
    assert.equal(draft!.published.iso, "2024-12-31T10:00:00+08:00");
    assert.equal(draft!.channelSlug, "tzgg");
  });

  test("an unknown channel in the override is refused with its line", () => {
    const { problems } = read("---\nchannel: news\n---\n3月7日,2025年某会议召开,内容。");
    assert.equal(problems[0]!.line, 2);
    assert.match(problems[0]!.message, /is "news", which is not a channel; expected one of gzdt, tzgg, zcwj, zcjd/);
  });

  test("footer lines that disagree with the settings give a warning naming the file", () => {
    const text = seedText.replace("1101020002", "1101020009").replace("京ICP备19014909号-1", "京ICP备12345678号");
    const { draft, warnings } = read(text);
    assert.ok(draft);
    assert.deepEqual(warnings.map((w) => [w.file, w.field]), [
      ["legacy/old.txt", "old footer siteIdCode"],
      ["legacy/old.txt", "old footer icp"],
    ]);
    assert.match(warnings[0]!.message, /says "1101020009" but the site settings say "1101020002"/);
  });

  test("Windows line ends and a byte-order mark are read like plain lines", () => {
    const { draft, problems } = read(`\uFEFF${seedText.replace(/\n/g, "\r\n")}`);
    assert.deepEqual(problems, []);
    assert.equal(paragraphsOf(draft!.bodyHtml).length, 9);
  });

  test("a file of footer lines only is refused as empty", () => {
    const { problems } = read("主办:北京市西城区人民政府办公室 承办:北京市西城区政务服务管理局、北京市西城区数据局\n");
    assert.equal(problems[0]!.field, "body");
  });
});
