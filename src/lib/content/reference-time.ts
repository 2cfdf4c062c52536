import type { BuildProblem } from "../model/types.ts";

/**
 * The moment a build checks article dates against: `SOURCE_DATE_EPOCH` (whole seconds since
 * 1970, the reproducible-builds.org convention) when it is set, otherwise the clock. It only
 * decides whether a date is too far in the future; nothing the build writes depends on it,
 * so the same content still gives the same bytes. Left to the clock, the verdict can only
 * change one way: a date accepted today is accepted on every later day.
 */
export function referenceTime(env: NodeJS.ProcessEnv = process.env): { epochMs: number; problem?: BuildProblem } {
  const given = env.SOURCE_DATE_EPOCH;
  if (given === undefined || given === "") return { epochMs: Date.now() };
  if (!/^\d{1,12}$/.test(given)) {
    return { epochMs: Date.now(), problem: { file: "(environment)", field: "SOURCE_DATE_EPOCH", message: `is "${given.slice(0, 40)}"; expected whole seconds since 1970-01-01 UTC, e.g. 1741305600, or nothing to use the clock` } };
  }
  return { epochMs: Number(given) * 1000 };
}
