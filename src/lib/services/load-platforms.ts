import type { BuildProblem, Platforms } from "../model/types.ts";
import { readOptionalFile } from "../text/optional-file.ts";
import { validateYaml } from "../text/validate-yaml.ts";
import { platformRules, platformsSchema } from "./platform-schema.ts";

/** Reads platforms.yaml (办事服务 and 互动交流 platforms) when the site has it; no file, no platforms. */
export function loadPlatforms(path: string): { platforms: Platforms; problems: BuildProblem[] } {
  const none: Platforms = { services: [], interaction: [] };
  const { text, problem } = readOptionalFile(path);
  if (problem) return { platforms: none, problems: [problem] };
  if (text === undefined) return { platforms: none, problems: [] };
  const { data, problems } = validateYaml(text, path, platformsSchema, platformRules);
  return { platforms: data ?? none, problems };
}
