import type { BuildProblem, InspectSettings } from "../model/types.ts";
import { readOptionalFile } from "../text/optional-file.ts";
import { validateYaml } from "../text/validate-yaml.ts";
import { inspectRules, inspectSchema } from "./inspect-schema.ts";

/**
 * Reads inspect.yaml, what `npm run inspect` checks against: the 19号 indicators' limits
 * unless the file changes them, names to write exactly, personal data allowed with a reason.
 * A site without the file gets the defaults. Checked at every build, so a bad entry (an
 * allowed number without its reason) stops the build like any other setting.
 */
export function loadInspectSettings(path: string): { settings: InspectSettings; problems: BuildProblem[] } {
  const { text, problem } = readOptionalFile(path);
  const defaults = inspectSchema.parse({});
  const toSettings = (data: typeof defaults): InspectSettings => ({ homeDays: data.homeDays, freshness: data.freshness, emptyVeto: data.emptyVeto, names: data.names, allowPersonalData: data.personalData.allow });
  if (problem) return { settings: toSettings(defaults), problems: [problem] };
  if (text === undefined) return { settings: toSettings(defaults), problems: [] };
  const { data, problems } = validateYaml(text, path, inspectSchema, inspectRules);
  return { settings: toSettings(data ?? defaults), problems };
}
