import type { BuildProblem, Platforms } from "../model/types.ts";
import { validateOptionalYamlFile } from "../text/validate-yaml.ts";
import { platformRules, platformsSchema } from "./platform-schema.ts";

/** Reads platforms.yaml (办事服务 and 互动交流 platforms) when the site has it; no file, no platforms. */
export function loadPlatforms(path: string): { platforms: Platforms; problems: BuildProblem[] } {
  const { data, problems } = validateOptionalYamlFile(path, platformsSchema, platformRules);
  return { platforms: data ?? { services: [], interaction: [] }, problems };
}
