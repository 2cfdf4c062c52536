import type { BuildProblem, PublishTime } from "../model/types.ts";

const dayMs = 24 * 60 * 60 * 1000;

/** A Beijing-time calendar date for a moment, as 2026-11-30. */
const beijingDate = (epochMs: number) => new Date(epochMs + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * A problem when an article is dated more than `futureDays` after the reference time: a
 * mistyped 2099 would top every list and become every feed's build date until then.
 */
export function checkFutureDate(published: PublishTime, reference: { epochMs: number; futureDays: number }, where: { file: string; line?: number | undefined }, from?: string): BuildProblem[] {
  const limit = reference.epochMs + reference.futureDays * dayMs;
  if (published.epochMs <= limit) return [];
  const days = Math.ceil((published.epochMs - reference.epochMs) / dayMs);
  return [{
    ...where,
    field: "date",
    message: `is ${published.date}${from ? ` (from ${from})` : ""}, ${days} days after this build (${beijingDate(reference.epochMs)}); expected a date at most ${reference.futureDays} day(s) ahead (futureDays in the site settings)`,
  }];
}
