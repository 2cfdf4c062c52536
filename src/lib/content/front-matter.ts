import matter from "gray-matter";
import { z } from "zod";
import type { BuildProblem } from "../model/types.ts";
import { dateRule, parsePublishTime } from "../text/shanghai-time.ts";
import { parseYamlWithLines } from "../text/yaml-with-lines.ts";
import { stripXmlIllegal } from "../text/strip-xml-illegal.ts";
import { stripBidiControls } from "../text/bidi-controls.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { bidiWarnings } from "./bidi-warnings.ts";
import { problemsFromZod } from "../text/zod-problems.ts";
import { attachmentFieldRules, documentFieldRules, documentFields } from "../documents/front-matter-fields.ts";

/** What each front-matter field must look like, in words. */
export const frontMatterRules: Readonly<Record<string, string>> = {
  title: "a title of 1 to 200 characters",
  channel: "the slug of a channel in src/settings/channels.yaml, e.g. gzdt",
  date: dateRule,
  source: "the 来源 as text, e.g. 西城区教育委员会",
  author: "the author's name as text",
  summary: "a one-paragraph summary as text",
  slug: "a URL slug of lowercase letters, digits and -, e.g. spring-enrolment-2025",
  ...documentFieldRules, // policy documents, 解读 and attachments (src/lib/documents/front-matter-fields.ts)
};

/** The rules by dotted path, with each listed attachment's fields (attachments.0.file…). */
function rulesFor(data: Record<string, unknown>): Record<string, string> {
  const listed = Array.isArray(data.attachments) ? data.attachments.length : 0;
  const perAttachment = Array.from({ length: listed }, (_, index) => [
    [`attachments.${index}.file`, attachmentFieldRules.file],
    [`attachments.${index}.title`, attachmentFieldRules.title],
  ]).flat();
  return { ...frontMatterRules, ...Object.fromEntries(perAttachment) };
}

/** A text field: numbers become text; control, bidi and zero-width characters (which YAML escapes can smuggle in) are removed. */
const text = (max: number) => plainText(1, max);

/** Front matter of an article. Every field is optional here; the reader says which it needs. */
export const frontMatterSchema = z
  .object({
    title: text(200).optional(),
    channel: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    date: z.string().refine((value) => parsePublishTime(value) !== undefined, { message: dateRule }).optional(),
    source: text(100).optional(),
    author: text(100).optional(),
    summary: text(400).optional(),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/).optional(),
    ...documentFields,
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** gray-matter's other languages, disabled (its javascript engine calls eval). */
const refusedEngines = Object.fromEntries(
  ["js", "javascript", "json", "coffee", "coffeescript", "cson", "toml"].map((language) => [language, () => ({})]),
);

export interface SplitFile {
  frontMatter: FrontMatter;
  /** Line of each front-matter field. */
  lineOf: (key: string) => number | undefined;
  /** Line of a value inside a field (attachments.0.file), or of its nearest parent. */
  lineAt?: (path: readonly PropertyKey[]) => number | undefined;
  body: string;
  /** The file line where the body starts. */
  bodyLine: number;
  problems: BuildProblem[];
  /** What was removed or doubted but does not stop the build. */
  warnings: BuildProblem[];
}

/**
 * Splits a file into front matter and body with gray-matter, then checks the
 * front matter with line numbers. Front matter is optional. Characters XML
 * forbids and bidi controls are removed from the whole file first (the bidi
 * controls with a warning a line).
 */
export function splitFrontMatter(raw: string, file: string): SplitFile {
  const cleaned = stripXmlIllegal(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  return { ...splitClean(stripBidiControls(cleaned), file), warnings: bidiWarnings(cleaned, file) };
}

/** splitFrontMatter on cleaned text. */
function splitClean(source: string, file: string): Omit<SplitFile, "warnings"> {
  // gray-matter reads `---js` / `---javascript` blocks with eval(): a content file could run code
  // at build time. Front matter is YAML only, so an opening line other than `---` is refused.
  const firstLine = source.split("\n", 1)[0]!;
  if (firstLine.startsWith("---") && firstLine[3] !== "-") {
    const refuse = (message: string) => ({ frontMatter: {}, lineOf: () => undefined, body: "", bodyLine: 1, problems: [{ file, line: 1, field: "front matter", message }] });
    if (firstLine.trimEnd() !== "---") return refuse(`opens with "${firstLine.slice(0, 20)}"; expected a line of exactly --- (front matter is YAML only)`);
    if (!/\n---[ \t]*(\n|$)/.test(source)) return refuse("opens with --- but has no closing --- line; expected the fields between two lines of ---");
  }
  // gray-matter finds the block; the yaml package parses it, with line numbers.
  const split = matter(source, { engines: { yaml: () => ({}), ...refusedEngines } });
  if (!split.matter && !source.startsWith("---")) {
    return { frontMatter: {}, lineOf: () => undefined, body: source, bodyLine: 1, problems: [] };
  }
  const yamlText = split.matter.replace(/^\n/, "");
  const parsed = parseYamlWithLines(yamlText, file, 2);
  const bodyLine = 1 + source.slice(0, source.length - split.content.length).split("\n").length - 1;
  const lineOf = (key: string) => parsed.exactLineOf([key]);
  if (parsed.problems.length) return { frontMatter: {}, lineOf, body: split.content, bodyLine, problems: parsed.problems };
  const data = parsed.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { frontMatter: {}, lineOf, body: split.content, bodyLine, problems: [{ file, line: 2, field: "front matter", message: "is not a set of fields; expected lines like title: 标题" }] };
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    // Keep the fields that are valid, so the reader can still report what else is wrong.
    // Object.hasOwn, not `in`: keys such as constructor or toString are on every object's prototype.
    const bad = new Set(result.error.issues.map((issue) => issue.path[0]));
    const valid = Object.fromEntries(Object.entries(data).filter(([key]) => !bad.has(key) && Object.hasOwn(frontMatterSchema.shape, key)));
    return {
      frontMatter: frontMatterSchema.parse(valid),
      lineOf,
      lineAt: parsed.lineOf,
      body: split.content,
      bodyLine,
      problems: problemsFromZod(result.error, { file, input: data, lineOf: parsed.lineOf, rules: rulesFor(data as Record<string, unknown>) }),
    };
  }
  return { frontMatter: result.data, lineOf, lineAt: parsed.lineOf, body: split.content, bodyLine, problems: [] };
}
