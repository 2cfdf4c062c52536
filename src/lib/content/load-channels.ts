import { readFileSync } from "node:fs";
import { throwIfProblems } from "../model/problems.ts";
import type { BuildProblem, Channel } from "../model/types.ts";
import { reservedTopLevelNames } from "../site/reserved-names.ts";
import { parseYamlWithLines } from "../text/yaml-with-lines.ts";
import { problemsFromZod } from "../text/zod-problems.ts";
import { channelListSchema, channelRules } from "./channel-schema.ts";


/** Validates the channel list; throws InvalidInputError listing every problem. */
export function parseChannels(text: string, file: string): Channel[] {
  const parsed = parseYamlWithLines(text, file);
  throwIfProblems(parsed.problems.map((p) => ({ ...p, field: "(file)" })));
  const result = channelListSchema.safeParse(parsed.data);
  const rules = Object.fromEntries(
    (Array.isArray(parsed.data) ? parsed.data : [0]).flatMap((_, index) =>
      Object.entries(channelRules).map(([key, rule]) => [`${index}.${key}`, rule]),
    ),
  );
  if (!result.success) {
    throwIfProblems(problemsFromZod(result.error, { file, input: parsed.data, lineOf: parsed.lineOf, rules: { ...rules, "(file)": "a list of channels" } }));
  }
  const problems: BuildProblem[] = [];
  const seen = new Set<string>();
  const reserved = reservedTopLevelNames();
  result.data!.forEach((channel, index) => {
    const line = parsed.lineOf([index, "slug"]);
    if (seen.has(channel.slug)) problems.push({ file, line, field: `${index}.slug`, message: `"${channel.slug}" is used by two channels; expected each slug once` });
    if (reserved.includes(channel.slug)) {
      problems.push({ file, line, field: `${index}.slug`, message: `"${channel.slug}" is reserved: the build writes /${channel.slug}/ itself; expected a slug other than ${reserved.join(", ")}` });
    }
    seen.add(channel.slug);
  });
  throwIfProblems(problems);
  return result.data!.map((channel) => ({ ...channel, url: `/${channel.slug}/` }));
}

/** Reads and validates the channel list. */
export function loadChannels(file: string): Channel[] {
  return parseChannels(readFileSync(file, "utf8"), file);
}
