import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadArticles } from "../../../src/lib/content/load-articles.ts";
import { loadChannels } from "../../../src/lib/content/load-channels.ts";
import { readLegacyArticle } from "../../../src/lib/legacy/read-legacy-article.ts";
import { projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import { formatProblem } from "../../../src/lib/model/problems.ts";
import { loadSettings } from "../../../src/lib/settings/load-settings.ts";
import { makeFixture, seedText } from "../../support/fixture-content.ts";

const site = loadSettings(settingsFiles(projectContent.settingsDir).site);
const channels = loadChannels(settingsFiles(projectContent.settingsDir).channels);
const read = (text: string, file = "legacy/old.txt") => readLegacyArticle(text, file, site, channels.map((c) => c.slug));
const paragraphsOf = (html: string) => [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);
const footer = seedText.split("\n").slice(-2).join("\n");

/** Loads a legacy folder (with its overrides.csv) as the build does; lines with the folder cut from paths. */
function loadLegacy(files: Record<string, string>) {
  const fixture = makeFixture(Object.fromEntries(Object.entries(files).map(([path, text]) => [`legacy/${path}`, text])));
  const result = loadArticles(site, channels, fixture.folders);
  const cut = (line: string) => line.replaceAll(`${fixture.contentDir}/`, "");
  return { ...result, problemLines: result.problems.map((p) => cut(formatProblem(p))), warningLines: result.warnings.map((w) => cut(formatProblem(w))) };
}

describe("a time of day between the date and the lead", () => {
  const cases: [string, string, string][] = [
    ["3月7日上午,2025年西城区召开安全生产工作会,部署全年工作。", "2025-03-07T00:00:00+08:00", "2025年西城区召开安全生产工作会"],
    ["3月7日下午3点半,2025年西城区召开安全生产工作会,部署全年工作。", "2025-03-07T15:30:00+08:00", "2025年西城区召开安全生产工作会"],
    ["3月7日晚,2025年西城区元宵灯会开幕。", "2025-03-07T00:00:00+08:00", "2025年西城区元宵灯会开幕"],
    ["3月7日(星期五)上午9时30分,2025年西城区召开安全生产工作会。", "2025-03-07T09:30:00+08:00", "2025年西城区召开安全生产工作会"],
    ["3月7日至8日,2025年西城区举办文化活动。", "2025-03-07T00:00:00+08:00", "2025年西城区举办文化活动"],
    ["3月7日,上午,2025年西城区召开安全生产工作会。", "2025-03-07T00:00:00+08:00", "2025年西城区召开安全生产工作会"],
    ["（记者 王丽）3月7日 14:30,2025年西城区召开安全生产工作会。", "2025-03-07T14:30:00+08:00", "2025年西城区召开安全生产工作会"],
  ];
  for (const [lead, iso, title] of cases) {
    test(`${lead.slice(0, 20)}… is dated ${iso} and titled from the lead, not the time of day`, () => {
      const { draft, problems, warnings } = read(`${lead}\n第二段。`);
      assert.deepEqual(problems, []);
      assert.deepEqual(warnings, []);
      assert.equal(draft!.published.iso, iso);
      assert.equal(draft!.title, title);
    });
  }
});

describe("the year of a lead that names several years or does not open with one", () => {
  test("1月8日,西城区召开2024年工作总结会,部署2025年工作 is dated 2025 with a warning saying where the year came from", () => {
    const { draft, warnings } = read("1月8日,西城区召开2024年工作总结会,部署2025年工作。\n正文。");
    assert.equal(draft!.published.date, "2025-01-08");
    assert.equal(draft!.title, "西城区召开2024年工作总结会");
    assert.equal(warnings.length, 1);
    assert.deepEqual([warnings[0]!.line, warnings[0]!.field], [1, "date"]);
    assert.match(warnings[0]!.message, /^2025-01-08: year 2025 guessed from "[^"]*部署2025年工作[^"]*" in the lead \(it names 2024年, 2025年\); confirm or correct it with a row "old\.txt,YYYY"/);
  });

  test("a lead opening with one year and naming a later one is a guess too", () => {
    const { draft, warnings } = read("1月8日,2024年工作总结会召开,部署2025年工作。\n正文。");
    assert.equal(draft!.published.date, "2025-01-08");
    assert.match(warnings[0]!.message, /year 2025 guessed/);
  });

  test("a single year in the middle of the lead is used and reported", () => {
    const { draft, warnings } = read("3月7日,西城区召开2025年安全生产工作会。\n正文。");
    assert.equal(draft!.published.date, "2025-03-07");
    assert.match(warnings[0]!.message, /year 2025 guessed from .* \(it names 2025年\)/);
  });

  test("a lead opening with its year and looking back (the seed: 2025年…总结2024年工作) is sure: no warning", () => {
    assert.deepEqual(read(seedText).warnings, []);
  });

  test("a full date at the opening needs no year from the lead", () => {
    const { draft, warnings } = read("2024年12月30日,西城区召开2025年工作部署会。\n正文。");
    assert.equal(draft!.published.date, "2024-12-30");
    assert.deepEqual(warnings, []);
  });
});

describe("leads without a year", () => {
  const undated = "3月7日,西城区召开安全生产工作会,部署全年工作。\n正文。";

  test("are refused one line each, all in one run, naming where a year can be given", () => {
    const files = Object.fromEntries(["a.txt", "b.txt", "2019/c.txt", "2019/d.txt"].map((name) => [name, undated]));
    const { problemLines } = loadLegacy({ ...files, "dated.txt": seedText });
    assert.deepEqual(problemLines.map((line) => line.split(": date: ")[0]), ["legacy/2019/c.txt:1", "legacy/2019/d.txt:1", "legacy/a.txt:1", "legacy/b.txt:1"]);
    assert.match(problemLines[0]!, /has no year: the lead opens 3月7日 and names no year; expected a row "2019\/c\.txt,YYYY" \(or a whole date\) in the legacy folder's overrides\.csv, a folder row "2019\/,YYYY" there/);
  });

  test("take the year from a folder row of overrides.csv, one line for thousands of pages", () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`2019/${String(i).padStart(3, "0")}.txt`, undated]));
    const { problemLines, warningLines, articles } = loadLegacy({ ...files, "overrides.csv": "path,date\n2019/,2019\n" });
    assert.deepEqual([problemLines, warningLines], [[], []]);
    assert.equal(articles.length, 30);
    assert.ok(articles.every((a) => a.published.date === "2019-03-07"));
  });

  test("take the date from the exported file's name (2025-03-07-…, 20250307_…, t20250307_…)", () => {
    for (const name of ["2025-03-07-meeting.txt", "20250307_0012.txt", "t20250307_4561237.txt"]) {
      const { draft, problems } = read(undated, `legacy/${name}`);
      assert.deepEqual(problems, [], name);
      assert.equal(draft!.published.date, "2025-03-07", name);
    }
    assert.equal(read(undated, "legacy/000_4ff78243f4312f31.txt").draft, undefined, "a hash is not a date");
  });

  test("a file name whose month and day differ from the lead's: the lead's are used, with a warning", () => {
    const { draft, warnings } = read(undated, "legacy/2025-03-06-meeting.txt");
    assert.equal(draft!.published.date, "2025-03-07");
    assert.match(warnings[0]!.message, /the file name says 2025-3-6 but the lead opens 3月7日/);
  });
});

describe("overrides.csv confirms or corrects a date or title in one place", () => {
  const guessed = "1月8日,西城区召开2024年工作总结会,部署2025年工作。\n正文。";

  test("a page row gives a year (month and day from the lead) or a whole date, and silences the guess", () => {
    const { warningLines, articles } = loadLegacy({
      "a.txt": guessed,
      "b.txt": guessed,
      "overrides.csv": "path,date,title\na.txt,2024,\nb.txt,2025-01-09 10:00,西城区召开2024年度工作总结会\n",
    });
    assert.deepEqual(warningLines, []);
    const byFile = Object.fromEntries(articles.map((a) => [a.slug, a]));
    assert.equal(byFile.a!.published.date, "2024-01-08");
    assert.equal(byFile.b!.published.iso, "2025-01-09T10:00:00+08:00");
    assert.equal(byFile.b!.title, "西城区召开2024年度工作总结会");
  });

  test("the deepest folder row applies; a page row beats it; a folder row that contradicts a lead's own year is reported", () => {
    const { warningLines, articles } = loadLegacy({
      "old/2019/a.txt": guessed,
      "old/b.txt": guessed,
      "old/c.txt": seedText,
      "old/overrides.csv": "path,date\n./,2018\n2019/,2019\n",
    });
    const year = Object.fromEntries(articles.map((a) => [a.slug, a.published.date.slice(0, 4)]));
    assert.deepEqual(year, { a: "2019", b: "2018", c: "2018" });
    assert.deepEqual(warningLines.map((w) => w.replace(/:.*?: date: /, " ")), ["legacy/old/c.txt 2018-03-07: the lead opens with 2025年 but legacy/old/overrides.csv:2 gives 2018 for its folder; 2018 is used"]);
  });

  test("every bad row is refused with the file, line and column", () => {
    const { problemLines } = loadLegacy({
      "a.txt": guessed,
      "overrides.csv": "path,date,title\nnone.txt,2025,\na.txt,2025-02-30,\n../x.txt,2025,\n./,2025-01-01,\n./,2025,标题\nempty/,2025,\na.txt,,\n",
    });
    assert.deepEqual(problemLines.map((line) => line.replace(/^legacy\/overrides\.csv/, "").split(": ").slice(0, 2).join(": ")), [
      ":2: path",
      ":3: date",
      ":4: path",
      ":5: date",
      ":6: title",
      ":6: path",
      ":7: path",
      ":8: (row)",
      ":8: path",
    ]);
  });

  test("a header that is not path,date[,title] is refused", () => {
    const { problemLines } = loadLegacy({ "a.txt": seedText, "overrides.csv": "file,year\na.txt,2025\n" });
    assert.match(problemLines[0]!, /^legacy\/overrides\.csv:1: header: is "file,year"; expected a first row path,date or path,date,title/);
  });
});

describe("titles derived from mangled or unpunctuated leads", () => {
  test("a mangled date (112日) is left out of the title and reported", () => {
    const { draft, warnings } = read("---\ndate: 2025-01-12\n---\n112日,西城区召开安全生产工作会,部署全年工作。\n正文。");
    assert.equal(draft!.title, "西城区召开安全生产工作会");
    assert.match(warnings[0]!.message, /the lead opens with "112日", a date fragment the importer cannot read/);
  });

  test("a subtitle line (——2023年1月4日在…) gives its date; the title drops the dash and date and is reported", () => {
    const { draft, warnings } = read("——2023年1月4日在北京市西城区第十七届人民代表大会第二次会议上。\n各位代表。");
    assert.equal(draft!.published.date, "2023-01-04");
    assert.equal(draft!.title, "在北京市西城区第十七届人民代表大会第二次会议上");
    assert.match(warnings.find((w) => w.field === "title")!.message, /the line opens with "——2023年1月4日", as a speech's subtitle does/);
  });

  test("a lead without punctuation gives a title of at most 80 characters, reported", () => {
    const { draft, warnings } = read(`5月6日,2025年${"西城区召开会议部署工作".repeat(500)}\n正文。`);
    assert.equal([...draft!.title].length, 80);
    assert.ok(draft!.title.endsWith("…"));
    assert.match(warnings[0]!.message, /has 5505 characters \(no punctuation ends it\); cut to 80/);
  });

  test("a title of a few characters is reported; a title: line or overrides row silences it", () => {
    const short = read("5月6日,会议召开,2025年部署工作。\n正文。", "legacy/2025-05-06.txt");
    assert.match(short.warnings.find((w) => w.field === "title")!.message, /"会议召开" was derived from the lead and may be wrong: it has only 4 characters/);
    assert.deepEqual(read("---\ntitle: 西城区召开会议\n---\n5月6日,会议召开,2025年部署工作。\n正文。", "legacy/2025-05-06.txt").warnings, []);
  });
});

describe("the old footer and the page's own title line", () => {
  test("a last paragraph that mentions 京ICP备 or 公网安备 among other words is kept, with a warning", () => {
    for (const last of ["请各网站于月底前核对京ICP备19014909号-1等备案信息。", "市民可通过京公网安备11010202007633号查询。", "主办:区政务服务管理局,协办:各街道。"]) {
      const { draft, warnings } = read(`5月6日,2025年西城区开展网站检查。\n${last}\n${footer}`);
      assert.equal(paragraphsOf(draft!.bodyHtml).length, 2, last);
      assert.match(warnings[0]!.message, /kept as a paragraph/, last);
      assert.equal(warnings[0]!.line, 2);
    }
  });

  test("footer lines are dropped only when they hold nothing but footer fields, in whichever order", () => {
    const { draft, warnings } = read(`5月6日,2025年西城区开展网站检查。\n正文。\n京ICP备19014909号-1 京公网安备11010202007633号\n政府网站标识码:1101020002`);
    assert.deepEqual(warnings, []);
    assert.deepEqual(paragraphsOf(draft!.bodyHtml).length, 2);
  });

  test("a title line above the dated lead is the title and is not published again as a paragraph", () => {
    const { draft, warnings } = read(`西城区召开安全生产工作会\n3月7日上午,2025年西城区召开安全生产工作会,部署全年工作。\n正文。`);
    assert.deepEqual(warnings, []);
    assert.equal(draft!.title, "西城区召开安全生产工作会");
    assert.deepEqual(paragraphsOf(draft!.bodyHtml).map((p) => p.slice(0, 6)), ["3月7日上午", "正文。"]);
    assert.equal(draft!.published.date, "2025-03-07");
  });

  test("a title line repeated as the first paragraph appears once, as the title", () => {
    const { draft } = read(`西城区召开安全生产工作会\n西城区召开安全生产工作会\n3月7日,2025年西城区召开安全生产工作会,部署全年工作。\n正文。`);
    assert.equal(draft!.title, "西城区召开安全生产工作会");
    assert.equal(paragraphsOf(draft!.bodyHtml).length, 2);
  });

  test("a front-matter title repeated as the first paragraph is not published twice", () => {
    const { draft } = read(`---\ntitle: 西城区召开安全生产工作会\ndate: 2025-03-07\n---\n西城区召开安全生产工作会。\n会议部署全年工作。`);
    assert.deepEqual(paragraphsOf(draft!.bodyHtml), ["会议部署全年工作。"]);
  });

  test("a speech: its title line, then a subtitle with the date", () => {
    const { draft, warnings } = read("政府工作报告\n——2023年1月4日在北京市西城区第十七届人民代表大会第二次会议上\n各位代表:现在,我代表区人民政府向大会报告工作。");
    assert.deepEqual(warnings, []);
    assert.equal(draft!.title, "政府工作报告");
    assert.equal(draft!.published.date, "2023-01-04");
    assert.equal(paragraphsOf(draft!.bodyHtml).length, 2);
  });
});

describe("a part of the day is not mistaken for the start of the lead, nor the lead for a part of the day", () => {
  test("3月7日上午西城区… (no comma) and 3月7日晚会… (an evening party, not 晚)", () => {
    assert.equal(read("3月7日上午西城区召开2025年安全生产工作会。\n正文。", "legacy/2025-03-07.txt").draft!.title, "西城区召开2025年安全生产工作会");
    assert.equal(read("3月7日晚会在西城区举行,2025年新春活动开幕。\n正文。", "legacy/2025-03-07.txt").draft!.title, "晚会在西城区举行");
  });
});
