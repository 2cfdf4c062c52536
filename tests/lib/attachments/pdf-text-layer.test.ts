import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { minimalPdf } from "../../../src/bench/generate/files/pdf.ts";
import { pdfHasText, scannedPdfWarnings } from "../../../src/lib/attachments/pdf-text-layer.ts";
import type { Article } from "../../../src/lib/model/types.ts";

const folder = mkdtempSync(join(tmpdir(), "xc-pdf-"));
const write = (name: string, bytes: Buffer) => {
  writeFileSync(join(folder, name), bytes);
  return join(folder, name);
};

test("a PDF saved with text has a text layer; a scanned page has none", async () => {
  assert.equal(await pdfHasText(write("text.pdf", minimalPdf({ lines: ["Fictional document"] }))), true);
  assert.equal(await pdfHasText(write("scan.pdf", minimalPdf({ scan: true }))), false);
});

test("a scanned PDF attachment gets a warning naming the article and the file; a broken one too", async () => {
  const attachment = (file: string, number: number) => ({ number, title: "t", type: "PDF", bytes: 1, size: "1 KB", linkText: "", url: "/", sourceFile: file });
  const article = { sourceFile: "articles/a.md", attachments: [attachment(join(folder, "text.pdf"), 1), attachment(join(folder, "scan.pdf"), 2), attachment(write("broken.pdf", Buffer.from("%PDF-1.4 nothing")), 3)] } as unknown as Article;
  const warnings = await scannedPdfWarnings([article]);
  assert.deepEqual(warnings.map((w) => [w.file, w.field, w.message.split(":")[0]]), [
    ["articles/a.md", "attachments", `${join(folder, "scan.pdf")} (附件2) has no text layer`],
    ["articles/a.md", "attachments", `${join(folder, "broken.pdf")} (附件3) cannot be read as a PDF (Invalid PDF structure.); expected a PDF that opens in a reader`.split(":")[0]],
  ]);
  assert.match(warnings[0]!.message, /accessible text version/);
});
