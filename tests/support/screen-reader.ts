/**
 * A virtual screen reader (@guidepup/virtual-screen-reader) run inside a page that Chromium has
 * rendered, so styles decide what is hidden just as they do for a real screen reader. `walk()` reads
 * the page from top to bottom, item by item, as a blind user does with the virtual cursor, and
 * returns every phrase it speaks.
 */
import { createRequire } from "node:module";
import { build } from "esbuild";
import type { Page } from "puppeteer-core";

let bundle: Promise<string> | undefined;

/** The library's browser build, wrapped to set `window.xcVirtual` (bundled once a process). */
function libraryScript(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@guidepup/virtual-screen-reader/browser.js");
  bundle ??= build({
    stdin: { contents: `import { virtual } from ${JSON.stringify(entry)}; window.xcVirtual = virtual;`, resolveDir: process.cwd() },
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

/** At most this many steps: a walk that does not end is a failure, not a hang. */
const maxSteps = 4000;

/**
 * Reads the page in `page` from the first item to "end of document" with the virtual cursor
 * (the screen reader's "next" command) and returns what it spoke, in order. <noscript> is taken
 * out first: a browser running scripts never renders it, but the library would read its source.
 */
export async function walk(page: Page): Promise<string[]> {
  await page.evaluate(await libraryScript());
  return page.evaluate(async (maxSteps: number) => {
    for (const element of Array.from(document.querySelectorAll("noscript"))) element.remove();
    const virtual = (window as unknown as { xcVirtual: { start(o: object): Promise<void>; next(): Promise<void>; lastSpokenPhrase(): Promise<string>; spokenPhraseLog(): Promise<string[]>; stop(): Promise<void> } }).xcVirtual;
    await virtual.start({ container: document.body });
    try {
      for (let step = 0; step < maxSteps && (await virtual.lastSpokenPhrase()) !== "end of document"; step++) await virtual.next();
      return await virtual.spokenPhraseLog();
    } finally {
      await virtual.stop();
    }
  }, maxSteps);
}

/** A phrase that announces an element: its role first ("link, 首页", "heading, 搜索, level 1", "main"). */
const rolePhrase = /^([a-z]+)(?:, |$)/;

/**
 * What a listener hears of a walk: the library also speaks "end of …" for every element and then the
 * text of a heading or link whose name it has just spoken; a screen reader in browse mode says each once.
 */
export function heard(log: string[]): string[] {
  const out: string[] = [];
  let announced = "";
  for (const phrase of log) {
    if (phrase.startsWith("end of ")) continue;
    if (rolePhrase.test(phrase)) announced = phrase;
    else if (announced.includes(phrase)) continue; // the text of the name just spoken
    out.push(phrase);
  }
  return out;
}

const landmarkRoles = new Set(["banner", "main", "contentinfo", "navigation", "search", "region", "complementary"]);

/** The landmarks heard, as spoken ("navigation, 主导航"); a form counts only when named, as screen readers list them. */
export function landmarks(phrases: string[]): string[] {
  return phrases.filter((p) => landmarkRoles.has(rolePhrase.exec(p)?.[1] ?? "") || p.startsWith("form, "));
}

/** The headings heard, as [level, text]. */
export function headings(phrases: string[]): [number, string][] {
  return phrases.flatMap((p): [number, string][] => {
    const m = /^heading, (.*), level (\d)$/.exec(p);
    return m ? [[Number(m[2]), m[1]!]] : [];
  });
}

export interface WalkRules {
  /** The most landmarks a page may have. */
  maxLandmarks: number;
  /** The skip link's text: the first thing heard. */
  skipLink: string;
  /** Toggle buttons, each of which must be heard with its state (pressed / not pressed). */
  toggles: string[];
}

export const walkRules: WalkRules = {
  maxLandmarks: 9,
  skipLink: "跳到主要内容",
  toggles: ["标准", "大", "特大", "长者模式", "高对比度", "大鼠标"],
};

/**
 * What is wrong with a walk for a blind user, one line a problem (none: an empty list): the skip link
 * not first; too many landmarks, one twice, banner/main/contentinfo not once each, or a landmark whose
 * name its heading at once repeats; a heading outline without exactly one h1, an h1 not opening the
 * main content (before any paragraph or other heading), or a level skipped; a toggle heard without its state.
 */
export function walkProblems(log: string[], options: Partial<WalkRules> = {}): string[] {
  const rules = { ...walkRules, ...options };
  const phrases = heard(log);
  const problems: string[] = [];
  if (phrases[0] !== "document" || phrases[1] !== `link, ${rules.skipLink}`) problems.push(`the skip link is not heard first: ${phrases.slice(0, 3).join(" / ")}`);
  const marks = landmarks(phrases);
  if (marks.length > rules.maxLandmarks) problems.push(`${marks.length} landmarks (at most ${rules.maxLandmarks}): ${marks.join(" / ")}`);
  for (const mark of new Set(marks)) {
    if (marks.filter((m) => m === mark).length > 1) problems.push(`landmark heard more than once: ${mark}`);
  }
  for (const role of ["banner", "main", "contentinfo"]) {
    const count = marks.filter((m) => m === role || m.startsWith(`${role}, `)).length;
    if (count !== 1) problems.push(`${count} ${role} landmarks`);
  }
  phrases.forEach((phrase, i) => {
    const name = /^[a-z]+, (.+)$/.exec(phrase)?.[1];
    if (name && marks.includes(phrase) && phrases[i + 1]?.startsWith(`heading, ${name}, level`)) problems.push(`landmark “${phrase}” is named by the heading heard right after it: said twice`);
  });
  const outline = headings(phrases);
  const inMain = phrases.slice(phrases.indexOf("main"));
  const h1 = inMain.findIndex((p) => /^heading, .*, level 1$/.test(p));
  const text = inMain.findIndex((p) => p === "paragraph" || /^heading, /.test(p));
  if (outline.filter(([level]) => level === 1).length !== 1) problems.push(`not exactly one level-1 heading: ${JSON.stringify(outline)}`);
  if (h1 < 0 || text < h1) problems.push(`the main content does not open with the level-1 heading (only the breadcrumbs may come first): ${inMain.slice(0, Math.max(h1, text) + 1).join(" / ")}`);
  outline.forEach(([level, text], i) => {
    const before = outline[i - 1]?.[0] ?? 0;
    if (level > before + 1) problems.push(`heading “${text}” is level ${level} after level ${before}`);
  });
  for (const toggle of rules.toggles) {
    for (const phrase of phrases.filter((p) => p === `button, ${toggle}` || p.startsWith(`button, ${toggle}, `))) {
      if (!/, (not )?pressed\b/.test(phrase)) problems.push(`toggle heard without its state: ${phrase}`);
    }
  }
  return problems;
}

/** How many heard phrases contain `text`. */
export function timesHeard(log: string[], text: string): number {
  return heard(log).filter((p) => p.includes(text)).length;
}
