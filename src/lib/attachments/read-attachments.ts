import { extname } from "node:path";
import type { Attachment, BuildProblem } from "../model/types.ts";
import { attachmentTypes, bytesFitType, programKind, typeList } from "./file-types.ts";
import { fileBeside } from "./file-beside.ts";
import { fileUrl } from "./file-url.ts";
import { formatSize } from "./format-size.ts";

/** How attachments are checked. */
export interface AttachmentOptions {
  /** The largest file published (bytes): a scanned 公报 can be tens of megabytes; anything bigger belongs elsewhere. */
  maxBytes: number;
}

export const attachmentDefaults: AttachmentOptions = { maxBytes: 50 * 1024 * 1024 };

export interface AttachmentContext {
  /** The article's Markdown file: attachments are named relative to its folder. */
  articleFile: string;
  /** The article page's URL: each file is published under it. */
  pageUrl: string;
  /** The content folder: a link out of it is refused. */
  root: string;
  /** Line of `attachments.<index>.file`, when known. */
  lineOf: (index: number) => number | undefined;
}

/**
 * Checks the files an article lists as 附件 (front matter `attachments:`) and describes each one
 * for its link — 附件1：西城区2025年养老服务补贴申请表（DOCX，36 KB） — and its stable URL beside the
 * article's page. A missing file, a type outside the allow-list (file-types.ts), a program under
 * any name, an empty or oversized file, or one listed twice is a problem naming article and file.
 */
export function readAttachments(listed: readonly { file: string; title: string }[], context: AttachmentContext, options: Partial<AttachmentOptions> = {}): { attachments: Attachment[]; problems: BuildProblem[] } {
  const { maxBytes } = { ...attachmentDefaults, ...options };
  const attachments: Attachment[] = [];
  const problems: BuildProblem[] = [];
  const seen = new Set<string>();
  listed.forEach(({ file: name, title }, index) => {
    const problem = (message: string) => problems.push({ file: context.articleFile, line: context.lineOf(index), field: "attachments", message });
    if (seen.has(name)) return void problem(`lists ${name} twice; expected each file once`);
    seen.add(name);
    const type = attachmentTypes[extname(name).toLowerCase()];
    if (!type) return void problem(`names ${name}, whose type ${extname(name) || "(no extension)"} the site does not publish; expected one of ${typeList(attachmentTypes)} (never programs, scripts or web pages)`);
    const found = fileBeside(context.articleFile, name, context.root);
    if (typeof found === "string") return void problem(found);
    const program = programKind(found.head);
    if (program) return void problem(`names ${name}, which is ${program}; expected a ${type.label} file: the site never publishes programs`);
    if (found.bytes === 0) return void problem(`names ${name}, which is empty; expected the ${type.label} file itself`);
    if (found.bytes > maxBytes) return void problem(`names ${name}, which is ${formatSize(found.bytes)}; expected at most ${formatSize(maxBytes)} (split it, or compress scanned pages)`);
    if (!bytesFitType(found.head, type)) return void problem(`names ${name}, which does not begin like a ${type.label} file; expected a real ${type.label} file (was it renamed?)`);
    const size = formatSize(found.bytes);
    const number = attachments.length + 1;
    attachments.push({
      number,
      title,
      type: type.label,
      bytes: found.bytes,
      size,
      linkText: `附件${number}：${title}（${type.label}，${size}）`,
      url: fileUrl(context.pageUrl, name),
      sourceFile: found.path,
    });
  });
  return { attachments, problems };
}
