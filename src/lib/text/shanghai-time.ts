import type { PublishTime } from "../model/types.ts";

/** China Standard Time has had no daylight saving since 1991: a fixed +08:00. */
const offsetHours = 8;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A publish time from its parts as read on a Beijing clock, or undefined
 * when the parts name no real moment (2月30日, 25:00…).
 */
export function publishTimeFromParts(year: number, month: number, day: number, hour = 0, minute = 0): PublishTime | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1949 || year > 2100 ||
    check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day ||
    hour > 23 || minute > 59
  ) {
    return undefined;
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = `${pad(hour)}:${pad(minute)}`;
  return {
    iso: `${date}T${time}:00+08:00`,
    date,
    display: `${year}年${month}月${day}日`,
    meta: `${date} ${time}`,
    epochMs: Date.UTC(year, month - 1, day, hour - offsetHours, minute),
  };
}

/** The forms of date an author may write: 2025-03-07, 2025-03-07 09:30, 2025-03-07T09:30:00+08:00. */
const datePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::00)?(?:\+08:00)?)?$/;

export const dateRule = "a real date as YYYY-MM-DD or YYYY-MM-DD HH:MM (Beijing time), e.g. 2025-03-07 09:30";

/** Parses an author's date string; undefined when it is not a real date in a known form. */
export function parsePublishTime(text: string): PublishTime | undefined {
  const match = datePattern.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm] = match;
  return publishTimeFromParts(Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0));
}
