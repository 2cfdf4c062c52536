/**
 * A file named relative to an article's Markdown file: `申请表.docx`, `files/附件1.pdf`.
 * Never absolute, never `..` or a hidden segment (nginx serves no hidden files), no
 * backslashes or control characters, at most 200 characters.
 */
export function isRelativeFileName(name: string): boolean {
  if (name.length === 0 || name.length > 200 || name.includes("\\") || /[\u0000-\u001f\u007f]/.test(name)) return false;
  return name.split("/").every((segment) => segment.length > 0 && !segment.startsWith(".") && segment.trim() === segment);
}

export const relativeFileRule = "a file beside this article's Markdown, named relative to it without .. or a leading / (e.g. 申请表.docx or files/申请表.docx)";
