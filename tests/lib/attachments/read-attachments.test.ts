/** Attachments beside an article: what each link says, where each file is published, and what is refused. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { minimalDocx } from "../../../src/bench/generate/files/office.ts";
import { minimalPdf } from "../../../src/bench/generate/files/pdf.ts";
import { readAttachments } from "../../../src/lib/attachments/read-attachments.ts";

/** A content folder with an article and the given files beside it. */
function folderWith(files: Record<string, Buffer | string>): { root: string; articleFile: string } {
  const root = mkdtempSync(join(tmpdir(), "xc-attachments-"));
  mkdirSync(join(root, "articles", "files"), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, "articles", name), bytes);
  return { root, articleFile: join(root, "articles", "subsidy.md") };
}

const read = (listed: { file: string; title: string }[], folder: { root: string; articleFile: string }, maxBytes?: number) =>
  readAttachments(listed, { ...folder, pageUrl: "/zcwj/2025/subsidy/", lineOf: (index) => 10 + index }, maxBytes ? { maxBytes } : {});

describe("an article's attachments", () => {
  test("each link says number, title, type and size, and each file keeps a stable URL beside the page", () => {
    const docx = Buffer.concat([minimalDocx(["申请表"]), Buffer.alloc(36 * 1024 - minimalDocx(["申请表"]).length)]);
    const folder = folderWith({ "files/申请表.docx": docx, "rules.pdf": minimalPdf({ lines: ["text"] }) });
    const { attachments, problems } = read([{ file: "files/申请表.docx", title: "西城区2025年养老服务补贴申请表" }, { file: "rules.pdf", title: "办法全文" }], folder);
    assert.deepEqual(problems, []);
    assert.deepEqual(attachments.map((a) => a.linkText), ["附件1：西城区2025年养老服务补贴申请表（DOCX，36 KB）", "附件2：办法全文（PDF，1 KB）"]);
    assert.equal(attachments[0]!.url, "/zcwj/2025/subsidy/files/%E7%94%B3%E8%AF%B7%E8%A1%A8.docx");
    assert.equal(attachments[0]!.bytes, 36 * 1024);
    assert.equal(attachments[1]!.url, "/zcwj/2025/subsidy/rules.pdf");
    assert.equal(attachments[1]!.sourceFile, join(folder.root, "articles", "rules.pdf"));
  });

  test("a missing file, a program, a disallowed type, an oversized or empty file and a repeat are refused, one line each, naming the file", () => {
    const folder = folderWith({ "setup.exe": "MZ", "tool.pdf": Buffer.from("MZ\x90\x00", "latin1"), "page.html": "<p>", "big.zip": "PK\x03\x04", "empty.pdf": "", "renamed.docx": "%PDF-1.4", "ok.pdf": minimalPdf({ lines: ["a"] }) });
    truncateSync(join(folder.root, "articles", "big.zip"), 2 * 1024 ** 3); // sparse: nothing is written
    const { attachments, problems } = read(
      ["missing.pdf", "setup.exe", "tool.pdf", "page.html", "big.zip", "empty.pdf", "renamed.docx", "ok.pdf", "ok.pdf"].map((file) => ({ file, title: file })),
      folder,
    );
    assert.deepEqual(attachments.map((a) => a.title), ["ok.pdf"]);
    const messages = problems.map((p) => `${p.line}: ${p.field}: ${p.message.split(";")[0]}`);
    assert.deepEqual(messages, [
      `10: attachments: names missing.pdf, which is not there beside ${folder.articleFile}`,
      "11: attachments: names setup.exe, whose type .exe the site does not publish",
      "12: attachments: names tool.pdf, which is a Windows program (it starts with MZ)",
      "13: attachments: names page.html, whose type .html the site does not publish",
      "14: attachments: names big.zip, which is 2048 MB",
      "15: attachments: names empty.pdf, which is empty",
      "16: attachments: names renamed.docx, which does not begin like a DOCX file",
      "18: attachments: lists ok.pdf twice",
    ]);
    assert.ok(problems.every((p) => p.file === folder.articleFile));
  });

  test("a link out of the content folder is refused by name", () => {
    const folder = folderWith({});
    symlinkSync("/etc/hostname", join(folder.root, "articles", "host.txt"));
    const { problems } = read([{ file: "host.txt", title: "主机" }], folder);
    assert.match(problems[0]!.message, /^names host\.txt, a link to \/etc\/hostname, outside the content folder/);
  });
});
