import type { BuildProblem, InspectSettings } from "../model/types.ts";
import { validateOptionalYamlFile } from "../text/validate-yaml.ts";
import { inspectRules, inspectSchema } from "./inspect-schema.ts";

/**
 * Reads inspect.yaml, what `npm run inspect` checks against: the 19号 indicators' limits
 * unless the file changes them, names to write exactly, personal data allowed with a reason.
 * A site without the file gets the defaults. Checked at every build, so a bad entry (an
 * allowed number without its reason) stops the build like any other setting.
 */
export function loadInspectSettings(path: string): { settings: InspectSettings; problems: BuildProblem[] } {
  const { data = inspectSchema.parse({}), problems } = validateOptionalYamlFile(path, inspectSchema, inspectRules);
  return { settings: { homeDays: data.homeDays, freshness: data.freshness, emptyVeto: data.emptyVeto, names: data.names, allowPersonalData: data.personalData.allow }, problems };
}
