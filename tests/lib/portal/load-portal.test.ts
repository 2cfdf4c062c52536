import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadSiteContent } from "../../../src/lib/load-site.ts";
import { formatProblem, InvalidInputError } from "../../../src/lib/model/problems.ts";
import { makeFixture, markdownArticle } from "../../support/fixture-content.ts";

/** A fixture site with the portal files given (paths relative to its settings folder, or content/…). */
function portalFixture(files: Record<string, string>, articles: Record<string, string> = {}) {
  const fixture = makeFixture(articles);
  for (const [path, text] of Object.entries(files)) {
    const file = path.startsWith("content/") ? join(fixture.contentDir, path.slice(8)) : join(fixture.root, path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
  }
  return fixture;
}

/** The problems a load refuses the fixture with, one formatted line each. */
function problems(fixture: ReturnType<typeof portalFixture>): string[] {
  try {
    loadSiteContent(fixture.content);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map(formatProblem);
    throw error;
  }
  assert.fail("the fixture was accepted");
}

const sections = `- slug: ywdt
  name: 要闻动态
  description: 工作动态和通知公告（虚构）。
  columnType: 工作动态
  channels: [gzdt, tzgg]
- slug: xxgk
  name: 政府信息公开
  description: 政策文件和解读（虚构）。
  columnType: 信息公开目录
  entry: disclosure
  channels: [zcwj, zcjd]
- slug: zwfw
  name: 政务服务
  description: 办事的入口（虚构）。
  columnType: 办事服务
  entry: services
`;
const platforms = "services:\n  - name: 示例政务服务网（虚构）\n    url: https://banshi.example/\n    description: 在网上办事（虚构）。\n";

describe("the portal's settings and data", () => {
  test("a site without any portal file keeps its channels as the menu and its home page lists each channel", () => {
    const content = loadSiteContent(makeFixture({ "articles/a.md": markdownArticle({ title: "示例通知（虚构）" }) }).content);
    assert.deepEqual(content.portal.sections, []);
    assert.deepEqual(content.navigation.items.map((i) => i.key), ["gzdt", "tzgg", "zcwj", "zcjd"]);
    assert.equal(content.home.news, undefined);
    assert.deepEqual(content.home.groups.map((g) => g.name), ["工作动态", "通知公告", "政策文件", "政策解读"]);
    assert.deepEqual(content.portalPages, []);
    assert.equal(content.portal.inspect.homeDays, 14, "the 19号 indicators' limits by default");
  });

  test("sections put each channel under its section: the menu, the channel's breadcrumbs, the home page's 要闻 and entries", () => {
    const content = loadSiteContent(portalFixture({ "sections.yaml": sections, "platforms.yaml": platforms }, { "articles/a.md": markdownArticle({ title: "示例通知（虚构）" }) }).content);
    assert.deepEqual(content.navigation.items.map((i) => i.url), ["/ywdt/", "/xxgk/", "/zwfw/"]);
    assert.deepEqual(content.navigation.keyOfChannel, { gzdt: "ywdt", tzgg: "ywdt", zcwj: "xxgk", zcjd: "xxgk" });
    assert.deepEqual(content.articles[0]!.channel.section, { slug: "ywdt", name: "要闻动态", url: "/ywdt/" });
    assert.equal(content.home.news?.name, "要闻动态");
    assert.deepEqual(content.home.news?.articles.map((a) => a.title), ["示例通知（虚构）"]);
    assert.deepEqual(content.home.entries.map((e) => `${e.label} ${e.url}`), ["办事服务 /zwfw/", "政府信息公开 /xxgk/", "订阅本站 /subscribe/"]);
    assert.deepEqual(content.portalPages.map((p) => p.url), ["/ywdt/", "/xxgk/", "/zwfw/"]);
  });

  test("bad settings and data in several files are refused together, one line each naming file, line and field, and nothing loads", () => {
    const lines = problems(
      portalFixture({
        "sections.yaml": `${sections}- slug: kong\n  name: 空版块\n  description: 什么也没有（虚构）。\n  columnType: 其他\n  channels: []\n`,
        "platforms.yaml": "services:\n  - name: 示例政务服务网（虚构）\n    url: ftp://banshi.example/\n    description: 在网上办事（虚构）。\n",
        "inspect.yaml": "personalData:\n  allow:\n    - value: \"19900000002\"\n",
        "content/guides/a.yaml": "name: 示例事项（虚构）\nbasis: 示例办法。\nmaterials: [身份证]\nplace: 示例中心\nhours: 工作日\nphone: \"010-00000000\"\nsteps: [提交]\n",
        "content/organization/departments.yaml": "departments:\n  - slug: office\n    name: 示例办公室（虚构）\n    duties: [日常工作]\n    address: 示例路1号（虚构）\n    hours: 工作日\n",
      }),
    );
    const expected = [
      /sections\.yaml:21: 3\.channels: is empty, and the section has no pages or platforms either/,
      /platforms\.yaml:3: services\.0\.url: is "ftp:\/\/banshi\.example\/"; expected a whole https:\/\/ address/,
      /inspect\.yaml:3: personalData\.allow\.0\.reason: is missing; expected why it may be published/,
      /guides\/a\.yaml:1: conditions: is missing; expected 申请条件/,
      /organization\/departments\.yaml:2: departments\.0\.phone: is missing; expected the department's phone/,
    ];
    for (const pattern of expected) assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in:\n${lines.join("\n")}`);
    assert.equal(lines.length, expected.length, lines.join("\n"));
  });

  test("once the files themselves are valid, the cross-checks name the section's line: an empty section, a channel twice, a page without data", () => {
    const lines = problems(
      portalFixture({
        "sections.yaml": `${sections}  pages: [bszn]\n- slug: kong\n  name: 空版块\n  description: 什么也没有（虚构）。\n  columnType: 其他\n  channels: [gzdt]\n- slug: kong2\n  name: 另一个空版块\n  description: 什么也没有（虚构）。\n  columnType: 其他\n`,
        "platforms.yaml": platforms,
      }),
    );
    assert.deepEqual(lines.map((line) => line.replace(/^.*sections\.yaml/, "sections.yaml")), [
      'sections.yaml:17: 2.pages.0: is "bszn" (办事指南), but there is nothing to show on it; expected at least one 办事指南 file in guides/ (the content folder), or no such page',
      'sections.yaml:22: 3.channels.0: "gzdt" is in section ywdt already; expected each channel in one section',
      "sections.yaml:23: 4.channels: is empty, and the section has no pages or platforms either; expected at least one channel slug (or a page, or an entry: with platforms): an empty section is an empty column",
    ]);
  });
});
