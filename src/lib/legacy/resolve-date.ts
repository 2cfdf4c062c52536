import type { PublishTime } from "../model/types.ts";
import { publishTimeFromParts } from "../text/shanghai-time.ts";
import { fileNameDate } from "./file-name-date.ts";
import { leadYear } from "./lead-year.ts";
import type { Opening } from "./opening.ts";
import { type OverrideRow, rowPlace } from "./overrides.ts";

/** What a page offers for its date, strongest first. */
export interface DateEvidence {
  /** The page's own overrides.csv row, and its folder's. */
  fileRow?: OverrideRow | undefined;
  folderRow?: OverrideRow | undefined;
  /** The date the lead opens with (3月7日, 2025年3月7日上午9时). */
  opening?: Opening | undefined;
  /** The lead after its opening. */
  lead: string;
  /** The exported file, whose name may carry a date. */
  file: string;
  /** How to tell the operator where to give a year (or, when the page has no month and day either, a whole date). */
  hint: (what: "year" | "date") => string;
}

/** The publish time and where it came from; `doubt` when a part of it was guessed (a warning). */
export type DateOutcome = { published: PublishTime; from: string; doubt?: string | undefined } | { problem: string };

type MonthDay = { month: number; day: number; hour?: number | undefined; minute?: number | undefined };

/** A publish time from a year and a month-day, or the problem that it is not a real date. */
function at(year: number, md: MonthDay, from: string, doubt?: string): DateOutcome {
  const published = publishTimeFromParts(year, md.month, md.day, md.hour ?? 0, md.minute ?? 0);
  return published ? { published, from, doubt } : { problem: `${year}年${md.month}月${md.day}日 is not a real date (from ${from}); expected a real date, or a date: line in a front-matter block` };
}

/**
 * An old page's publish date, from the strongest evidence it has: its own row in
 * overrides.csv; a full date opening its lead (2025年3月7日); a date in the file's name;
 * the month-day opening its lead with the year from its folder's overrides row, or from
 * the lead itself (sure when the lead opens with it, otherwise a guess to confirm).
 * A front-matter date: line is read before this and wins over everything.
 */
export function resolveDate(evidence: DateEvidence): DateOutcome {
  const { fileRow, folderRow, opening, lead } = evidence;
  const named = fileNameDate(evidence.file);
  const monthDay: MonthDay | undefined = opening ?? named;
  if (fileRow?.date) {
    const date = fileRow.date;
    if (date.month !== undefined && date.day !== undefined) return at(date.year, date as MonthDay, rowPlace(fileRow));
    if (!monthDay) return { problem: `${rowPlace(fileRow)} gives the year ${date.year} only, and the page does not open with M月D日; expected a whole date (YYYY-MM-DD) there` };
    return at(date.year, monthDay, `${rowPlace(fileRow)} and the opening ${opening?.text ?? "of the file name"}`);
  }
  if (opening?.year !== undefined) return at(opening.year, opening, `the opening ${opening.text}`);
  const fromLead = leadYear(lead);
  if (named) {
    const differs = opening && (opening.month !== named.month || opening.day !== named.day);
    const doubt = differs ? `the file name says ${named.year}-${named.month}-${named.day} but the lead opens ${opening.text}; the lead's month and day are used` : undefined;
    return at(named.year, monthDay!, "the file name", doubt);
  }
  if (!opening) return { problem: `no recognisable date; expected the first line to open with M月D日 (with the year in its lead, the file name or overrides.csv), or ${evidence.hint("date")}` };
  if (folderRow?.date) {
    const year = folderRow.date.year;
    const doubt = fromLead?.sure && fromLead.year !== year ? `the lead opens with ${fromLead.year}年 but ${rowPlace(folderRow)} gives ${year} for its folder; ${year} is used` : undefined;
    return at(year, opening, `${rowPlace(folderRow)} (its folder)`, doubt);
  }
  if (!fromLead) return { problem: `has no year: the lead opens ${opening.text} and names no year; expected ${evidence.hint("year")}` };
  if (fromLead.sure) return at(fromLead.year, opening, "the lead");
  const years = fromLead.named.map((y) => `${y}年`).join(", ");
  return at(fromLead.year, opening, "a year guessed from the lead", `year ${fromLead.year} guessed from "${fromLead.context}" in the lead (it names ${years}); confirm or correct it with ${evidence.hint("year")}`);
}
