import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import { isFooterLine } from "../../lib/legacy/boilerplate.ts";

/**
 * Writes the bare-Eleventy baseline's input: one Markdown file per article
 * (not the attachments and images beside them) holding only its body (front matter dropped; a legacy page's lines become
 * Markdown paragraphs, its old footer dropped), plus an empty config. The
 * baseline thus renders the same bodies with no layout, loaders or plugins.
 * Returns the config file's path.
 */
export function writeBaselineInput(contentDir: string, files: readonly string[], folder: string): { input: string; config: string } {
  const input = join(folder, "input");
  mkdirSync(input, { recursive: true });
  // Articles only: attachments and images beside them are ours to publish, not bodies to render.
  files.filter((relative) => /\.(md|txt)$/.test(relative)).forEach((relative, index) => {
    const raw = readFileSync(join(contentDir, relative), "utf8");
    const body = relative.endsWith(".txt")
      ? raw.split("\n").filter((line) => line.trim() && !isFooterLine(line)).join("\n\n")
      : matter(raw).content;
    // Numbered names keep every output URL distinct, as the real site's /channel/year/slug/ are.
    writeFileSync(join(input, `${String(index).padStart(6, "0")}-${basename(relative).replace(/\.\w+$/, "")}.md`), body);
  });
  const config = join(folder, "eleventy.config.cjs");
  writeFileSync(config, "// Bare Eleventy baseline: defaults only, no plugins, no layout.\nmodule.exports = function () {};\n");
  return { input, config };
}
