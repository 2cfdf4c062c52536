/** The date (and time) an old page's lead opens with, and the lead after it. */
export interface Opening {
  /** The year, when the opening names it (2025年3月7日, ——2023年1月4日). */
  year?: number | undefined;
  month: number;
  day: number;
  /** The time of day, when the opening gives a clock time (上午9时30分, 下午3点半, 14:30). */
  hour?: number | undefined;
  minute?: number | undefined;
  /** The opening as written, for messages: 3月7日上午 */
  text: string;
  /** What follows the opening: the lead. */
  rest: string;
}

/**
 * The ways the old site opened a lead, in order: an optional source prefix (本网讯, （记者 王丽）,
 * 【西城】, or the —— of a speech's subtitle), the date with or without its year, an optional range
 * (3月7日至8日, 3月7日—9日), weekday (（星期五）), part of the day (上午, 晚) and clock time
 * (9时30分, 3点半, 14:30), then the separators before the lead.
 */
const opening = new RegExp(
  [
    String.raw`^(?:(?:本网讯|本报讯|讯)[:：\s]*|[（(【\[][^）)】\]]{1,30}[）)】\]]\s*|[—–-]{1,2}\s*)?`,
    String.raw`(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日`,
    String.raw`(?:\s*(?:至|到|—|–|-|~|～)\s*(?:\d{1,2}月)?\d{1,2}日)?`,
    String.raw`(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?`,
    String.raw`(?:[,，、\s]*(?<part>上午|下午|晚上|晚间|早上|早晨|清晨|凌晨|中午|傍晚|夜间|午后|(?:晚|早)(?!\p{Script=Han})))?`, // 晚 alone, not 晚会
    String.raw`(?:\s*(?<hour>\d{1,2})\s*(?:[时点]|[:：](?=\d{2}))\s*(?:(?<minute>\d{1,2})\s*分?|(?<half>半))?)?`,
    String.raw`[,，、:：\s]*`,
  ].join(""),
  "u",
);

/** Parts of the day whose clock hours are afternoon or evening (下午3点 is 15:00). */
const afternoon = new Set(["下午", "晚上", "晚间", "傍晚", "夜间", "午后", "晚"]);

/** Reads the date an old page's lead line opens with; undefined when it opens with none. */
export function readOpening(line: string): Opening | undefined {
  const match = opening.exec(line);
  if (!match?.groups) return undefined;
  const { year, month, day, part, hour, minute, half } = match.groups;
  let clock = hour === undefined ? undefined : Number(hour);
  if (clock !== undefined && part && clock < 12 && (afternoon.has(part) || (part === "中午" && clock < 6))) clock += 12;
  return {
    year: year === undefined ? undefined : Number(year),
    month: Number(month),
    day: Number(day),
    hour: clock,
    minute: clock === undefined ? undefined : half ? 30 : Number(minute ?? 0),
    text: match[0].replace(/[,，、:：\s]+$/u, ""),
    rest: line.slice(match[0].length),
  };
}
