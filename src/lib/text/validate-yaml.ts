import type { z } from "zod";
import type { BuildProblem } from "../model/types.ts";
import { readOptionalFile } from "./optional-file.ts";
import { type ParsedYaml, parseYamlWithLines } from "./yaml-with-lines.ts";
import { problemsFromZod } from "./zod-problems.ts";

/** A YAML file checked against its schema: the data when valid, and the lines of its fields either way. */
export interface ValidatedYaml<T> {
  data?: T | undefined;
  parsed: ParsedYaml;
  problems: BuildProblem[];
}

/**
 * Parses a YAML settings or data file and checks it with `schema`: one problem per field
 * (`file:line: field: is "…"; expected <rule>`), every field at once. `rules` says in words what
 * each field must look like, by dotted path (`*` for any list index).
 */
export function validateYaml<S extends z.ZodType>(text: string, file: string, schema: S, rules: Readonly<Record<string, string>>): ValidatedYaml<z.output<S>> {
  const parsed = parseYamlWithLines(text, file);
  if (parsed.problems.length) return { parsed, problems: parsed.problems.map((p) => ({ ...p, field: "(file)" })) };
  const result = schema.safeParse(parsed.data ?? {});
  if (result.success) return { data: result.data, parsed, problems: [] };
  return { parsed, problems: problemsFromZod(result.error, { file, input: parsed.data, lineOf: parsed.lineOf, rules }) };
}

/**
 * A settings or data file a site may go without (sections.yaml, organization/leaders.yaml…), read
 * and checked with `schema`: `parsed` is undefined when the file is absent; a file that cannot be
 * read as text (a pipe, too big, not UTF-8) is one problem.
 */
export function validateOptionalYamlFile<S extends z.ZodType>(file: string, schema: S, rules: Readonly<Record<string, string>>): Partial<ValidatedYaml<z.output<S>>> & { problems: BuildProblem[] } {
  const { text, problem } = readOptionalFile(file);
  if (problem) return { problems: [problem] };
  if (text === undefined) return { problems: [] };
  return validateYaml(text, file, schema, rules);
}
