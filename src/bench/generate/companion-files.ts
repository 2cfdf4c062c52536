import { minimalDocx, minimalXlsx } from "./files/office.ts";
import { barChartPng, encodePng } from "./files/png.ts";
import { minimalPdf } from "./files/pdf.ts";
import type { Random } from "./random.ts";

/** A file written beside an article's Markdown. */
export interface CompanionFile {
  name: string;
  bytes: Buffer;
}

/**
 * 1–3 attachments for an article named `base`, as real sites carry them: a DOCX form (half), a PDF
 * with a text layer (a third), an XLSX table; small generated files, and the front-matter list naming them.
 */
export function attachmentsFor(random: Random, base: string, subject: string): { files: CompanionFile[]; listed: { file: string; title: string }[] } {
  const files: CompanionFile[] = [];
  const listed: { file: string; title: string }[] = [];
  for (let n = 1, count = random.int(1, 3); n <= count; n++) {
    const roll = random.next();
    const [kind, title, bytes] =
      roll < 0.5 ? ["docx", `${subject}申请表`, minimalDocx([`${subject}申请表`, "申请人：", "联系电话：", "（本文件为基准测试生成的虚构内容）"])]
      : roll < 0.85 ? ["pdf", `${subject}全文`, minimalPdf({ lines: ["Synthetic benchmark document", `Item ${n} of ${count}`] })]
      : ["xlsx", `${subject}明细表`, minimalXlsx([["街道", "人数"], ["德胜街道", String(random.int(10, 900))]])];
    const name = `${base}-fj${n}.${kind}`;
    files.push({ name, bytes });
    listed.push({ file: name, title: `${title}（附件${n}）` });
  }
  return { files, listed };
}

/** An infographic's shape (a bar chart) for a 图解, 720×405. */
export function infographic(random: Random): Buffer {
  return barChartPng(720, 405, Array.from({ length: random.int(3, 6) }, () => random.int(20, 100) / 100));
}

/** A news photo's stand-in, 640×360: bands of colour with a soft gradient (compresses like a simple photo). */
export function newsPhoto(random: Random): Buffer {
  const [r, g, b] = [random.int(40, 200), random.int(40, 200), random.int(40, 200)];
  return encodePng(640, 360, (x, y) => [(r + x / 8) & 255, (g + y / 6) & 255, (b + ((x + y) >> 4)) & 255]);
}
