import { editDistance } from "./edit-distance.ts";

/** A name as it must be written, with the title that goes with it when there is one. */
export interface ExactName {
  name: string;
  title?: string | undefined;
}

/** A place where a name is written almost, but not exactly, right; or with another's title. */
export interface NearMiss {
  expected: ExactName;
  /** What the text says, and what it should say. */
  written: string;
  correct: string;
  index: number;
  kind: "name" | "title";
}

const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);

/** Names long enough to look for anywhere: an office's full name, not a two-character given name. */
const anywhereLength = 5;

/**
 * Where a text writes a configured name almost right — one character changed — right after its
 * title (区长甄示列 for 区长甄示例), or, for names of five characters or more such as an office's,
 * anywhere; and where it gives a leader another configured title (副区长甄示例 for the 区长).
 * Another configured name is never a near-miss of this one. Only title-then-name is looked at
 * (the formal order): a name before a title (…示例区长信箱) matches too much ordinary text.
 */
export function findNearMisses(text: string, names: readonly ExactName[]): NearMiss[] {
  const known = new Set(names.map((n) => n.name));
  const titles = [...new Set(names.flatMap((n) => (n.title ? [n.title] : [])))].sort((a, b) => b.length - a.length);
  const misses: NearMiss[] = [];
  const near = (window: string, name: string) => isHan(window) && !known.has(window) && [...window].length === [...name].length && editDistance(window, name) === 1;
  for (const expected of names) {
    const { name, title } = expected;
    const n = [...name].length;
    if (title) {
      for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
        const before = text.slice(0, at);
        const inLonger = titles.some((other) => other.length > title.length && other.endsWith(title) && before.endsWith(other.slice(0, other.length - title.length)));
        if (inLonger) continue; // 区长 inside 副区长: the name that follows is the 副区长's
        const window = [...text.slice(at + title.length, at + title.length + 2 * n)].slice(0, n).join("");
        if (near(window, name)) misses.push({ expected, written: `${title}${window}`, correct: `${title}${name}`, index: at, kind: "name" });
      }
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const given = titles.find((other) => text.slice(0, at).endsWith(other));
        if (given && given !== title) misses.push({ expected, written: `${given}${name}`, correct: `${title}${name}`, index: at - given.length, kind: "title" });
      }
    }
    if (n >= anywhereLength) {
      const chars = [...text];
      for (let i = 0; i + n <= chars.length; i++) {
        const window = chars.slice(i, i + n).join("");
        if (window !== name && near(window, name)) misses.push({ expected, written: window, correct: name, index: i, kind: "name" });
      }
    }
  }
  return misses.sort((a, b) => a.index - b.index);
}
