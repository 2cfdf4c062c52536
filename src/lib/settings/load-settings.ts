import { readFileSync } from "node:fs";
import { throwIfProblems } from "../model/problems.ts";
import type { SiteConfig } from "../model/types.ts";
import { parseYamlWithLines } from "../text/yaml-with-lines.ts";
import { problemsFromZod } from "../text/zod-problems.ts";
import { settingRules, settingsSchema } from "./schema.ts";

/** Validates settings text; throws InvalidInputError listing every problem. */
export function parseSettings(text: string, file: string): SiteConfig {
  const parsed = parseYamlWithLines(text, file);
  throwIfProblems(parsed.problems.map((p) => ({ ...p, field: "(file)" })));
  const result = settingsSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    throwIfProblems(problemsFromZod(result.error, { file, input: parsed.data, lineOf: parsed.lineOf, rules: settingRules }));
  }
  const settings = result.data!;
  const baseUrl = settings.baseUrl.replace(/\/+$/, "");
  return {
    ...settings,
    baseUrl,
    domain: new URL(baseUrl).host,
    publicSecurityCode: settings.publicSecurity.replace(/\D/g, ""),
  };
}

/** Reads and validates the settings file. */
export function loadSettings(file: string): SiteConfig {
  return parseSettings(readFileSync(file, "utf8"), file);
}
