import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Article, BuildProblem } from "../model/types.ts";

/** The most pages of a PDF read for text: a document with a text layer has it from its first pages. */
const pagesChecked = 20;

/** pdfjs-dist's standard fonts, so that it reads PDFs using the 14 standard fonts without a warning. */
const standardFonts = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/**
 * Whether a PDF has any text a screen reader could read in its first pages. A PDF that names a
 * font in its uncompressed structure was saved from text (a scanner writes none), which a byte
 * search tells at once; any other is opened with pdfjs-dist (no worker, no eval) and its pages'
 * text read, since its fonts may hide in compressed object streams.
 */
export async function pdfHasText(file: string): Promise<boolean> {
  const bytes = await readFile(file);
  const structure = bytes.toString("latin1");
  if (/\/Font\b/.test(structure) && /\/Type\s*\/Page\b/.test(structure)) return true;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const data = new Uint8Array(bytes);
  const document = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0, standardFontDataUrl: standardFonts }).promise;
  try {
    for (let number = 1; number <= Math.min(document.numPages, pagesChecked); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      if (content.items.some((item) => "str" in item && item.str.trim() !== "")) return true;
    }
    return false;
  } finally {
    await document.destroy();
  }
}

/**
 * Warnings for PDF attachments without a text layer (scans): a screen reader finds nothing to
 * read in them, blind residents' most common complaint about government sites. A PDF that
 * cannot be parsed is warned about too. Each warning names the article and the file.
 */
export async function scannedPdfWarnings(articles: readonly Article[]): Promise<BuildProblem[]> {
  const warnings: BuildProblem[] = [];
  for (const article of articles) {
    for (const attachment of article.attachments ?? []) {
      if (attachment.type !== "PDF") continue;
      const warn = (message: string) => warnings.push({ file: article.sourceFile, field: "attachments", message });
      try {
        if (!(await pdfHasText(attachment.sourceFile))) {
          warn(`${attachment.sourceFile} (附件${attachment.number}) has no text layer: it looks like a scan, which screen readers cannot read; expected a PDF saved from the original document, or an accessible text version (e.g. the text in the article, or a DOCX) attached beside it`);
        }
      } catch (error) {
        warn(`${attachment.sourceFile} (附件${attachment.number}) cannot be read as a PDF (${(error as Error).message}); expected a PDF that opens in a reader`);
      }
    }
  }
  return warnings;
}
