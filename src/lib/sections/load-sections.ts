import type { BuildProblem } from "../model/types.ts";
import { readOptionalFile } from "../text/optional-file.ts";
import { validateYaml } from "../text/validate-yaml.ts";
import { sectionListSchema, sectionRules, type SectionSettings } from "./section-schema.ts";

/** sections.yaml as written, checked field by field, with the line of each field for the cross-checks. */
export interface SectionsLoad {
  list: SectionSettings[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Reads sections.yaml when the site has it (a site without it shows its channels as the menu). */
export function loadSections(path: string): { load?: SectionsLoad | undefined; problems: BuildProblem[] } {
  const { text, problem } = readOptionalFile(path);
  if (problem) return { problems: [problem] };
  if (text === undefined) return { problems: [] };
  const { data, parsed, problems } = validateYaml(text, path, sectionListSchema, sectionRules);
  return { load: data && { list: data, lineOf: parsed.lineOf }, problems };
}
