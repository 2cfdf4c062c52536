import * as words from "./phrases.ts";
import type { Random } from "./random.ts";

/** What an article is about: the placeholders its sentences are filled with. */
export interface Topic {
  topic: string;
  year: number;
  month: number;
  day: number;
  department: string;
  subdistrict: string;
  place: string;
}

/** Picks what one article is about. */
export function pickTopic(random: Random, year: number, month: number, day: number): Topic {
  return {
    topic: random.pick(words.topics),
    year,
    month,
    day,
    department: random.pick(words.departments),
    subdistrict: random.pick(words.subdistricts),
    place: random.pick(words.places),
  };
}

/** Fills `{topic}`, `{year}`, `{month}`, `{day}`, `{department}`, `{subdistrict}`, `{place}` and `{n}` (a fresh number each time). */
export function fill(template: string, topic: Topic, random: Random): string {
  return template.replace(/\{(topic|year|month|day|department|subdistrict|place|n)\}/g, (_, key: keyof Topic | "n") =>
    key === "n" ? String(random.int(3, 3000)) : String(topic[key]),
  );
}
