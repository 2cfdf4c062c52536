import type { BuildProblem, DisclosureGuide } from "../model/types.ts";
import { renderMarkdownField } from "../text/markdown-field.ts";
import { validateOptionalYamlFile } from "../text/validate-yaml.ts";
import { type DisclosureFile, disclosureRules, disclosureSchema } from "./disclosure-schema.ts";

/** xxgk.yaml read and checked: its long fields rendered; statutory items still name their targets (load-portal resolves them). */
export interface DisclosureLoad {
  file: DisclosureFile;
  guide?: DisclosureGuide | undefined;
  applicationHtml?: string | undefined;
  /** The line of each statutory item's target, for problems found once channels and pages are known. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Reads the 政府信息公开 settings (xxgk.yaml) when the site has them: undefined without the file,
 * problems (every one, one line each) when it is invalid.
 */
export function loadDisclosure(path: string): { load?: DisclosureLoad | undefined; problems: BuildProblem[] } {
  const { data, parsed, problems } = validateOptionalYamlFile(path, disclosureSchema, disclosureRules);
  if (!data || !parsed) return { problems };
  const render = (text: string, field: string[]) => {
    const rendered = renderMarkdownField(text, { file: path, line: parsed.lineOf(field), field: field.join(".") });
    problems.push(...rendered.problems);
    return rendered.html;
  };
  const guide: DisclosureGuide | undefined = data.guide && {
    updated: data.guide.updated,
    classificationHtml: render(data.guide.classification, ["guide", "classification"]),
    arrangementHtml: render(data.guide.arrangement, ["guide", "arrangement"]),
    obtainingHtml: render(data.guide.obtaining, ["guide", "obtaining"]),
    applicationHtml: render(data.guide.application, ["guide", "application"]),
    office: { ...data.guide.office, onlineHref: data.guide.office.online.startsWith("https://") ? data.guide.office.online : `mailto:${data.guide.office.online}` },
  };
  const applicationHtml = data.application && render(data.application.howTo, ["application", "howTo"]);
  return { load: { file: data, guide, applicationHtml, lineOf: parsed.lineOf }, problems };
}
