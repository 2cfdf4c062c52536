import type { BuildProblem } from "../model/types.ts";

/** A problem when `slug` is not one of the channels, else nothing. */
export function checkChannel(slug: string, known: readonly string[], file: string, line?: number): BuildProblem[] {
  return known.includes(slug)
    ? []
    : [{ file, line, field: "channel", message: `is "${slug}", which is not a channel; expected one of ${known.join(", ")}` }];
}
