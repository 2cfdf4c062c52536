import type { BuildProblem } from "../model/types.ts";
import { validateOptionalYamlFile } from "../text/validate-yaml.ts";
import { sectionListSchema, sectionRules, type SectionSettings } from "./section-schema.ts";

/** sections.yaml as written, checked field by field, with the line of each field for the cross-checks. */
export interface SectionsLoad {
  list: SectionSettings[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Reads sections.yaml when the site has it (a site without it shows its channels as the menu). */
export function loadSections(path: string): { load?: SectionsLoad | undefined; problems: BuildProblem[] } {
  const { data, parsed, problems } = validateOptionalYamlFile(path, sectionListSchema, sectionRules);
  return { load: data && parsed && { list: data, lineOf: parsed.lineOf }, problems };
}
