import { basename } from "node:path";
import { slugFromFileName } from "../content/article-draft.ts";
import { listContentFiles } from "../content/list-content-files.ts";
import { readTextFile } from "../content/read-text-file.ts";
import type { BuildProblem, ServiceGuide } from "../model/types.ts";
import { renderMarkdownField } from "../text/markdown-field.ts";
import { validateYaml } from "../text/validate-yaml.ts";
import { guideRules, guideSchema } from "./guide-schema.ts";

/** A guide as read, before the build knows its URL (its section's). */
export type GuideDraft = Omit<ServiceGuide, "url">;

/**
 * Reads every 办事指南 of `folder` (one YAML file each, sub-folders allowed), listed as content
 * folders are (no pipes, no links out of `root`). Every problem of every file at once.
 */
export function loadGuides(folder: string, root: string): { guides: GuideDraft[]; problems: BuildProblem[]; warnings: BuildProblem[] } {
  const list = listContentFiles(folder, root, { read: [".yaml", ".yml"], hint: "a 办事指南 is one .yaml file" });
  const problems = [...list.problems];
  const guides: GuideDraft[] = [];
  const slugs = new Map<string, string>();
  for (const file of list.files) {
    const { text, problem } = readTextFile(file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const { data, parsed, problems: own } = validateYaml(text!, file, guideSchema, guideRules);
    if (!data) {
      problems.push(...own);
      continue;
    }
    const render = (field: "basis" | "conditions") => {
      const rendered = renderMarkdownField(data[field], { file, line: parsed.lineOf([field]), field });
      own.push(...rendered.problems);
      return rendered.html;
    };
    const slug = data.slug ?? slugFromFileName(basename(file));
    const guide: GuideDraft = { ...data, slug, basisHtml: render("basis"), conditionsHtml: render("conditions"), sourceFile: file };
    if (!slug) own.push({ file, field: "slug", message: `cannot be derived from the file name; expected ${guideRules.slug}` });
    else if (slugs.has(slug)) own.push({ file, line: parsed.lineOf(["slug"]), field: "slug", message: `"${slug}" is the slug of ${slugs.get(slug)} already; expected a slug of its own` });
    slugs.set(slug, file);
    problems.push(...own);
    if (!own.length) guides.push(guide);
  }
  guides.sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.slug.localeCompare(b.slug));
  return { guides, problems, warnings: list.warnings };
}
