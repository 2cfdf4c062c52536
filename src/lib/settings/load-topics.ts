import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { throwIfProblems } from "../model/problems.ts";
import type { BuildProblem, Topic } from "../model/types.ts";
import { plainText } from "../text/plain-text-schema.ts";
import { parseYamlWithLines } from "../text/yaml-with-lines.ts";
import { problemsFromZod } from "../text/zod-problems.ts";

/** What each field of topics.yaml must look like, in words. */
const topicRules: Readonly<Record<string, string>> = {
  slug: "a URL slug of lowercase letters, digits and -, e.g. mzfp (the listing is /<channel>/topic/<slug>/)",
  name: "the 主题分类 as documents name it, e.g. 民政、扶贫、救灾",
};

const topicListSchema = z.array(z.object({ slug: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/), name: plainText(2, 40) }).strict()).min(1);

/** Validates the 主题分类 list; throws InvalidInputError listing every problem. */
export function parseTopics(text: string, file: string): Topic[] {
  const parsed = parseYamlWithLines(text, file);
  throwIfProblems(parsed.problems.map((p) => ({ ...p, field: "(file)" })));
  const result = topicListSchema.safeParse(parsed.data);
  if (!result.success) {
    const count = Array.isArray(parsed.data) ? parsed.data.length : 1;
    const rules = Object.fromEntries(Array.from({ length: count }, (_, index) => Object.entries(topicRules).map(([key, rule]) => [`${index}.${key}`, rule])).flat());
    throwIfProblems(problemsFromZod(result.error, { file, input: parsed.data, lineOf: parsed.lineOf, rules: { ...rules, "(file)": "a list of 主题分类, each with slug and name" } }));
  }
  const problems: BuildProblem[] = [];
  for (const key of ["slug", "name"] as const) {
    const seen = new Set<string>();
    result.data!.forEach((topic, index) => {
      if (seen.has(topic[key])) problems.push({ file, line: parsed.lineOf([index, key]), field: `${index}.${key}`, message: `"${topic[key]}" is listed twice; expected each ${key} once` });
      seen.add(topic[key]);
    });
  }
  throwIfProblems(problems);
  return result.data!;
}

/**
 * Reads the 主题分类 list of a settings folder (topics.yaml). A site without policy
 * documents needs none: a missing file is an empty list, and a document naming a
 * 主题分类 then gets a problem saying the file is missing.
 */
export function loadTopics(file: string): Topic[] {
  return existsSync(file) ? parseTopics(readFileSync(file, "utf8"), file) : [];
}
