import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import * as cheerio from "cheerio";
import { parse, stringify } from "yaml";
import { unpunctuatedText } from "../../src/bench/generate/unpunctuated-text.ts";
import { barChartPng } from "../../src/bench/generate/files/png.ts";
import { minimalPdf } from "../../src/bench/generate/files/pdf.ts";
import { scannedPdfWarnings } from "../../src/lib/attachments/pdf-text-layer.ts";
import { loadSiteContent } from "../../src/lib/load-site.ts";
import { formatProblem, InvalidInputError } from "../../src/lib/model/problems.ts";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";
import { pageUrl, siteFiles } from "../support/site-files.ts";
import { unsafeMarkup } from "../support/unsafe-markup.ts";
import { feedFiles, xmllint, xpath } from "../site/feeds/feed-files.ts";

interface HostileCase {
  id: string;
  about?: string;
  kind: "article" | "legacy" | "settings" | "channels" | "file";
  name?: string;
  content?: string;
  generate?: string;
  settings?: Record<string, unknown>;
  /** More files beside the case's file: another article, an attachment, an image (content, or a generator). */
  also?: Beside | Beside[];
  expect: "reject" | "render" | "warn";
  field?: string;
  message?: string;
  url?: string;
  shows?: string;
  title?: string;
  description?: string;
}

const manifestFile = "tests/fixtures/hostile/manifest.yaml";
const cases = parse(readFileSync(manifestFile, "utf8")) as HostileCase[];
const frontMatter = (title: string, newline = "\n") => ["---", `title: ${title}`, "channel: gzdt", "date: 2025-05-01", "---", ""].join(newline);

/** A Markdown table of `columns` × `rows` one-character cells: its HTML, escaped into a feed, is ten times its size. */
const wideTable = (columns: number, rows: number) => `${"|列".repeat(columns)}|\n${"|-".repeat(columns)}|\n${`${"|1".repeat(columns)}|\n`.repeat(rows)}`;

/** Inputs that are big, binary or need exact bytes, made here rather than committed. */
const generators: Record<string, (file: string) => void> = {
  "title-too-long": (file) => writeFileSync(file, `${frontMatter("长".repeat(201))}正文\n`),
  huge: (file) => writeFileSync(file, `${file.endsWith(".md") ? frontMatter("很长的文章") : "5月6日,2025年西城区召开会议。\n"}${"西城区政务公开。".repeat(150_000)}\n`),
  png: (file) => writeFileSync(file, Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1f1d5d20000000049454e44ae426082", "hex")),
  gbk: (file) => writeFileSync(file, Buffer.concat([Buffer.from(frontMatter("gbk")), Buffer.from([0xce, 0xf7, 0xb3, 0xc7, 0xc7, 0xf8, 0x0a])])), // 西城区 in GBK
  latin1: (file) => writeFileSync(file, Buffer.concat([Buffer.from(frontMatter("latin1")), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])])), // café in Latin-1
  utf16: (file) => writeFileSync(file, Buffer.from(`\ufeff${frontMatter("utf16")}正文\n`, "utf16le")),
  "gbk-legacy": (file) => writeFileSync(file, Buffer.from([0x33, 0xd4, 0xc2, 0x37, 0xc8, 0xd5, 0x2c, 0x0a])), // 3月7日, in GBK
  "symlink-passwd": (file) => symlinkSync("/etc/passwd", file),
  "symlink-dev-zero": (file) => symlinkSync("/dev/zero", file),
  "symlink-outside-folder": (file) => symlinkSync("/etc", file),
  "symlink-broken": (file) => symlinkSync(join(dirname(file), "no-such-file.md"), file),
  "symlink-inside": (file) => {
    const target = join(dirname(dirname(file)), "shared", "linked.md");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${frontMatter("链接到内容目录内的文章")}内容目录内的链接可以读取\n`);
    symlinkSync(target, file);
  },
  fifo: (file) => execFileSync("mkfifo", [file]),
  "folder-named-like-article": (file) => {
    mkdirSync(file);
    writeFileSync(join(file, "inside.txt"), "这是一个文件夹里的文件\n");
  },
  "deep-nesting": (file) => writeFileSync(file, `${frontMatter("深层嵌套")}${"> ".repeat(3000)}深层嵌套\n`),
  bom: (file) => writeFileSync(file, `\ufeff${frontMatter("带BOM的文章")}带BOM的正文\n`),
  crlf: (file) => writeFileSync(file, `${frontMatter("Windows换行的文章", "\r\n")}Windows换行的正文\r\n\r\n第二段\r\n`),
  "cr-only": (file) => writeFileSync(file, `${frontMatter("旧式换行的文章", "\r")}旧式换行的正文\r\r第二段\r`),
  "wide-table": (file) => writeFileSync(file, `${frontMatter("超宽表格")}超宽表格之前的导语\n\n表：超宽表格\n\n${wideTable(32_000, 16)}\n表格之后的结语\n`),
  "windows-program": (file) => writeFileSync(file, Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120)])),
  "sparse-2gb": (file) => {
    writeFileSync(file, "PK\u0003\u0004");
    truncateSync(file, 2 * 1024 ** 3); // a sparse file: 2 GB as the build sees it, nothing on disk
  },
  "chart-png": (file) => writeFileSync(file, barChartPng(240, 135, [0.4, 0.8, 0.6])),
  "text-pdf": (file) => writeFileSync(file, minimalPdf({ lines: ["Fictional test document"] })),
  "scanned-pdf": (file) => writeFileSync(file, minimalPdf({ scan: true })),
  "huge-unpunctuated": (file) => writeFileSync(file, `${frontMatter("没有标点的长文")}没有标点的长文开头${unpunctuatedText(630_000)}\n`),
  "huge-unpunctuated-legacy": (file) => writeFileSync(file, `5月6日,2025年${unpunctuatedText(600_000)}\n第二段。\n`),
  "bom-crlf-legacy": (file) => writeFileSync(file, "\ufeff5月6日,2025年西城区召开会议。\r\n带BOM和Windows换行的旧文\r\n"),
};

interface Beside {
  name: string;
  content?: string;
  generate?: string;
}

interface Inputs {
  settingsFile: string;
  channelsFile: string;
  contentDir: string;
  folders: { articles: string; legacy: string };
  /** The file the case is about. */
  file: string;
}

/** Writes a case's input files into `folder`, next to the project's own settings and channels. */
function writeCase(folder: string, hostile: HostileCase): Inputs {
  const inputs: Inputs = {
    settingsFile: join(folder, "site.yaml"),
    channelsFile: join(folder, "channels.yaml"),
    contentDir: folder,
    folders: { articles: join(folder, "articles"), legacy: join(folder, "legacy") },
    file: "",
  };
  mkdirSync(inputs.folders.articles, { recursive: true });
  mkdirSync(inputs.folders.legacy, { recursive: true });
  const settings = parse(readFileSync("src/settings/site.yaml", "utf8")) as Record<string, unknown>;
  writeFileSync(inputs.settingsFile, hostile.kind === "settings" && hostile.content !== undefined ? hostile.content : stringify({ ...settings, ...hostile.settings }));
  writeFileSync(inputs.channelsFile, hostile.kind === "channels" ? hostile.content! : readFileSync("src/settings/channels.yaml"));
  writeFileSync(join(folder, "topics.yaml"), readFileSync("src/settings/topics.yaml"));
  if (hostile.kind === "settings") inputs.file = inputs.settingsFile;
  else if (hostile.kind === "channels") inputs.file = inputs.channelsFile;
  else if (hostile.kind === "file") {
    // Another settings or data file, by its path in the folder (settings and content share it here): sections.yaml, guides/x.yaml…
    inputs.file = join(folder, hostile.name!);
    mkdirSync(dirname(inputs.file), { recursive: true });
    writeFileSync(inputs.file, hostile.content!);
  }
  else {
    const into = hostile.kind === "article" ? inputs.folders.articles : inputs.folders.legacy;
    inputs.file = join(into, hostile.name ?? `${hostile.id}.${hostile.kind === "article" ? "md" : "txt"}`);
    const write = (file: string, { content, generate: name }: { content?: string | undefined; generate?: string | undefined }) => {
      mkdirSync(dirname(file), { recursive: true });
      if (name) {
        const generate = generators[name];
        assert.ok(generate, `${manifestFile}: ${hostile.id}: no generator "${name}"`);
        generate(file);
      } else writeFileSync(file, content!);
    };
    for (const beside of [hostile.also ?? []].flat()) write(join(into, beside.name), beside);
    write(inputs.file, hostile);
  }
  return inputs;
}

/** Loads the inputs the way a build does and returns the error it throws. */
function rejection(inputs: Inputs): InvalidInputError {
  try {
    loadSiteContent({ settingsDir: inputs.contentDir, contentDir: inputs.contentDir });
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw new Error(`crashed instead of listing problems: ${(error as Error).stack}`);
  }
  throw new Error("was accepted");
}

test("the hostile-input catalogue has at least 50 cases, each with a unique id and a known outcome", () => {
  assert.ok(cases.length >= 50, `${cases.length} cases`);
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, "ids are unique");
  for (const c of cases) {
    assert.ok(c.content !== undefined || c.generate || c.settings, `${c.id} has an input`);
    if (c.expect === "reject") assert.ok(c.field, `${c.id} names the field`);
    else if (c.expect === "warn") assert.ok(c.field && c.message, `${c.id} names the field and the warning`);
    else assert.ok(c.expect === "render" && c.url && (c.shows || c.description), `${c.id} says what the page shows`);
  }
});

test("every hostile input is rejected with a message naming its file and field, or rendered as harmless text", async (t) => {
  const scratch = mkdtempSync(join(tmpdir(), "xc-hostile-"));
  t.after(() => rmSync(scratch, { recursive: true, force: true }));

  for (const hostile of cases.filter((c) => c.expect === "reject")) {
    await t.test(`${hostile.id}: rejected, naming the file and ${hostile.field}`, () => {
      const inputs = writeCase(join(scratch, hostile.id), hostile);
      const error = rejection(inputs);
      const own = error.problems.filter((p) => p.file === inputs.file && p.field === hostile.field);
      assert.ok(own.length > 0, `expected a problem for ${hostile.field} in ${inputs.file}; got:\n${error.message}`);
      if (hostile.message) assert.ok(own.some((p) => p.message.includes(hostile.message!)), `message mentions "${hostile.message}":\n${error.message}`);
      for (const problem of error.problems) {
        const line = formatProblem(problem);
        assert.ok(line.startsWith(problem.file) && line.includes(`: ${problem.field}: `) && problem.message.length >= 10, `one clear line: ${line}`);
      }
      assert.ok(error.message.includes(inputs.file), "the build's message names the file");
    });
  }

  for (const hostile of cases.filter((c) => c.expect === "warn")) {
    await t.test(`${hostile.id}: accepted with a warning naming the file and ${hostile.field}`, async () => {
      const inputs = writeCase(join(scratch, hostile.id), hostile);
      const content = loadSiteContent({ settingsDir: inputs.contentDir, contentDir: inputs.contentDir });
      const warnings = [...content.warnings, ...(await scannedPdfWarnings(content.articles))]; // as the build prints them (src/eleventy/plugins/content.ts)
      const own = warnings.filter((w) => w.file === inputs.file && w.field === hostile.field);
      const all = warnings.map(formatProblem).join("\n");
      assert.ok(own.some((w) => w.message.includes(hostile.message!)), `a warning for ${hostile.field} in ${inputs.file} mentioning "${hostile.message}"; got:\n${all}`);
      if (hostile.title) assert.ok(content.articles.some((a) => a.title === hostile.title), `an article titled ${hostile.title}: ${content.articles.map((a) => a.title).join(", ")}`);
      if (hostile.shows) assert.ok(content.articles.some((a) => a.bodyHtml.includes(hostile.shows!)), `an article shows ${hostile.shows}`);
    });
  }

  // Everything meant to render goes into one fixture site, built once like the real one.
  const renders = cases.filter((c) => c.expect === "render");
  const site = join(scratch, "render-site");
  for (const hostile of renders) writeCase(site, hostile);
  const output = await tempOutput("hostile-site");
  t.after(() => removeTemp(output));
  await t.test("the fixture site of renderable cases builds", async () => {
    await buildInto(output, { contentDir: site, settingsDir: site });
  });

  await t.test("every feed of the fixture site is valid XML for xmllint and carries every item, whatever one article holds", () => {
    const { rss, atom } = feedFiles(output);
    for (const file of [...rss, ...atom]) {
      const { ok, errors } = xmllint(["--noout", file]);
      assert.ok(ok, `${file}: ${errors.slice(0, 400)}`);
    }
    const siteRss = join(output, "feeds/rss.xml");
    assert.equal(Number(xpath(siteRss, "count(//item)")), Math.min(50, renders.length));
    const wide = xpath(siteRss, "string(//item[title='超宽表格']/*[local-name()='encoded'])");
    assert.ok(wide.includes("超宽表格之前的导语") && wide.includes("请到网站阅读全文") && !wide.includes("<table"), "the wide table's item keeps the lead and links to the page for the rest");
  });

  for (const hostile of renders) {
    await t.test(`${hostile.id}: rendered at ${hostile.url} as text`, () => {
      const html = readFileSync(join(output, hostile.url!, "index.html"), "utf8");
      const $ = cheerio.load(html);
      if (hostile.shows) assert.ok($("main").text().includes(hostile.shows), `the page shows ${JSON.stringify(hostile.shows)} as text`);
      if (hostile.title) assert.equal($("title").text(), `${hostile.title} — 北京市西城区人民政府`, "<title> shows the title once escaped");
      if (hostile.description) assert.equal($('meta[name="description"]').attr("content"), hostile.description);
      assert.deepEqual(unsafeMarkup(html), []);
    });
  }

  await t.test("no page of the fixture site carries anything executable", () => {
    const findings = siteFiles(output)
      .filter((path) => path.endsWith(".html"))
      .flatMap((path) => unsafeMarkup(readFileSync(join(output, path), "utf8")).map((finding) => `${pageUrl(path)}: ${finding}`));
    assert.deepEqual(findings, []);
  });
});
