/**
 * 朗读 with a real speech engine: Chromium with speech-dispatcher enabled, speaking through espeak-ng
 * (speech-engine.ts), no spy. What is checked is what the page itself says and signals: its status
 * line and its "xc-speech" events ({ state, index, text }), while the engine really speaks, pauses
 * and stops. Without speech-dispatcher and espeak-ng this file FAILS with the command that installs
 * them (.ci/run installs them in CI): a read-aloud that was never heard is not tested.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "puppeteer-core";
import { fixtureArticleUrl, legacyArticleUrl, startSite, type SiteFixture } from "./site-fixture.ts";
import { chromiumWithSpeech, startSpeechEngine, type SpeechEngine } from "./speech-engine.ts";

let engine: SpeechEngine;
let site: SiteFixture;
before(async () => {
  engine = await startSpeechEngine();
  site = await startSite(chromiumWithSpeech(engine));
});
after(async () => {
  await site?.close();
  await engine?.close();
});

/** The page's read-aloud events, recorded from the start of every document. */
const recorder = `window.xcEvents = []; document.addEventListener("xc-speech", function (e) { window.xcEvents.push(e.detail); });`;
let recorderInstalled = false;

interface SpeechEvent {
  state: string;
  index?: number;
  text?: string;
}

/** Patience for a real engine on a busy machine: espeak-ng speaks a sentence in a second or two. */
const engineMs = 60_000;

/** The file's tab at an article, once Chromium lists the engine's Chinese voices. */
async function articlePage(path: string): Promise<Page> {
  const page = await site.freshPage({ width: 1280, height: 700 });
  if (!recorderInstalled) {
    await page.evaluateOnNewDocument(recorder);
    recorderInstalled = true;
  }
  await page.goto(site.url(path));
  try {
    // Chromium asks speech-dispatcher for its voices once; espeak-ng lists thousands (each voice × variant).
    await page.waitForFunction(() => speechSynthesis.getVoices().some((v) => /^(cmn|zh)\b/i.test(v.lang)), { timeout: engineMs });
  } catch {
    const langs = await page.evaluate(() => [...new Set(speechSynthesis.getVoices().map((v) => v.lang))].join(" "));
    assert.fail(`Chromium lists no Chinese voice from speech-dispatcher (voices' languages: ${langs || "none"}).\n${engine.log().slice(-2000)}`);
  }
  return page;
}

/**
 * Presses a button as a keyboard user does (focus, Enter). A pointer click could miss: each
 * sentence scrolls its paragraph into view, so the button moves under a click's coordinates.
 */
async function press(page: Page, selector: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press("Enter");
}

const statusText = (page: Page) => page.$eval(".xc-aids [role=status]", (el) => el.textContent);
const events = (page: Page) => page.evaluate("window.xcEvents.slice()") as Promise<SpeechEvent[]>;

/** Waits until the page has sent an event after the first `after` ones that `matches`; returns it. */
async function nextEvent(page: Page, after: number, matches: Partial<SpeechEvent>): Promise<SpeechEvent> {
  try {
    await page.waitForFunction(
      (after: number, want: Record<string, unknown>) =>
        (window as unknown as { xcEvents: Record<string, unknown>[] }).xcEvents.slice(after).some((e) => Object.keys(want).every((key) => e[key] === want[key])),
      { timeout: engineMs },
      after,
      matches,
    );
  } catch {
    assert.fail(`no ${JSON.stringify(matches)} event; the page sent: ${JSON.stringify(await events(page))}; it says “${await statusText(page)}”.\n${engine.log().slice(-2000)}`);
  }
  const all = await events(page);
  return all.slice(after).find((e) => Object.entries(matches).every(([key, value]) => e[key as keyof SpeechEvent] === value))!;
}

const engineSpeaking = (page: Page) => page.evaluate(() => speechSynthesis.speaking);

/** Waits until the engine has nothing to say (speechSynthesis.speaking is also true while paused). */
async function engineSilent(page: Page, after: string): Promise<void> {
  try {
    await page.waitForFunction(() => !speechSynthesis.speaking, { timeout: engineMs });
  } catch {
    assert.fail(`the engine is still speaking (or holding a paused utterance) after ${after}; the page sent: ${JSON.stringify(await events(page))}`);
  }
}

describe("朗读 with a real speech engine (speech-dispatcher and espeak-ng)", () => {
  it("starts, pauses, resumes from the sentence it paused in, goes on, and stops", async () => {
    const page = await articlePage(legacyArticleUrl);
    await press(page, '[data-xc-speak="start"]');
    const first = await nextEvent(page, 0, { state: "sentence", index: 0 });
    assert.equal(first.text, await page.$eval(".xc-article h1", (h) => h.textContent!.replace(/\s+/g, " ").trim()), "the title is spoken first");
    assert.equal(await statusText(page), "开始朗读全文");
    const second = await nextEvent(page, 0, { state: "sentence", index: 1 }); // the engine finished the title and went on
    assert.ok(await engineSpeaking(page));

    const count = (await events(page)).length;
    await press(page, '[data-xc-speak="pause"]');
    const paused = await nextEvent(page, count, { state: "pause" });
    assert.equal(await statusText(page), "已暂停朗读");
    await engineSilent(page, "暂停");
    const at = paused.index!;
    assert.ok(at >= second.index!, "paused in the sentence being read, or one after it");

    const resumedAt = (await events(page)).length;
    await press(page, '[data-xc-speak="resume"]');
    const again = await nextEvent(page, resumedAt, { state: "sentence" });
    assert.deepEqual(again, { state: "sentence", index: at, text: paused.text }, "继续 speaks the paused sentence again");
    assert.equal(await statusText(page), "继续朗读");
    await nextEvent(page, resumedAt, { state: "sentence", index: at + 1 }); // and more is spoken after it

    const stoppedAt = (await events(page)).length;
    await press(page, '[data-xc-speak="stop"]');
    await nextEvent(page, stoppedAt, { state: "stop" });
    assert.equal(await statusText(page), "已停止朗读");
    await engineSilent(page, "停止");
    assert.equal(await page.$$eval(".xc-reading", (list) => list.length), 0, "no block is marked any more");
    const late = (await events(page)).slice(stoppedAt).filter((e) => e.state === "sentence");
    assert.deepEqual(late, [], "nothing more is spoken after 停止");
  });

  it("reads a short article to the end at the fast speed, every sentence once and in order", async () => {
    const page = await articlePage(fixtureArticleUrl);
    await press(page, '[data-xc-rate="1.3"]');
    await press(page, '[data-xc-speak="start"]');
    await nextEvent(page, 0, { state: "end" });
    assert.equal(await statusText(page), "朗读完毕");
    const spoken = (await events(page)).filter((e) => e.state === "sentence").map((e) => e.index);
    assert.deepEqual(spoken, spoken.map((_, i) => i), "each sentence starts once, in order");
    assert.ok(spoken.length >= 6, `the title, the paragraphs, the heading and the list: ${spoken.length} sentences`);
    assert.equal(await page.$$eval(".xc-reading", (list) => list.length), 0);
  });
});
