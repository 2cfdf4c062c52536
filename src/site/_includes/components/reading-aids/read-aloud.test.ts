/**
 * 朗读 (read aloud) in real Chromium, with a spy standing in for speechSynthesis.speak/cancel/
 * pause/resume/getVoices (a headless browser has no voices). The spy records each utterance; the tests
 * fire the utterances' own start/end events to play the part of the speech engine, and run the page's
 * long timers (waiting for voices, for speech to start) at once through a stand-in clock.
 * read-aloud-engine.test.ts does the same with a real engine (speech-dispatcher and espeak-ng).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "puppeteer-core";
import { fixtureArticleUrl, legacyArticleUrl, startSite, type SiteFixture } from "./site-fixture.ts";

let site: SiteFixture;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Installed before any page script: records what would have been spoken. */
const spy = `
  window.xcSpoken = []; window.xcCalls = []; window.xcEvents = [];
  window.xcVoices = [{ name: "English (America)", lang: "en-US" }, { name: "Chinese (Cantonese)", lang: "yue" }, { name: "Chinese (Mandarin) espeak-ng", lang: "cmn" }];
  speechSynthesis.getVoices = function () { return window.xcVoices; };
  Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", { configurable: true, get: function () { return this.xcVoice || null; }, set: function (v) { this.xcVoice = v; } });
  document.addEventListener("xc-speech", function (e) { window.xcEvents.push(e.detail); });
  var realSetTimeout = window.setTimeout, realClearTimeout = window.clearTimeout, timers = {}, nextTimer = 1e6;
  window.setTimeout = function (f, ms) { if (!(ms >= 1000)) return realSetTimeout.apply(window, arguments); timers[nextTimer] = f; return nextTimer++; };
  window.clearTimeout = function (id) { if (id in timers) delete timers[id]; else realClearTimeout(id); };
  window.xcElapse = function () { Object.keys(timers).forEach(function (id) { var f = timers[id]; delete timers[id]; f(); }); };
  speechSynthesis.speak = function (u) { window.xcSpoken.push(u); window.xcCalls.push("speak"); };
  speechSynthesis.cancel = function () { window.xcCalls.push("cancel"); };
  speechSynthesis.pause = function () { window.xcCalls.push("pause"); };
  speechSynthesis.resume = function () { window.xcCalls.push("resume"); };
  window.xcFire = function (type) {
    var u = window.xcSpoken[window.xcSpoken.length - 1];
    u.dispatchEvent(new SpeechSynthesisEvent(type, { utterance: u }));
  };
`;

let spyInstalled = false;

/** The file's tab, reset, with the spy installed, at an article page. */
async function articlePage(path = legacyArticleUrl): Promise<Page> {
  const page = await site.freshPage({ width: 1280, height: 700 });
  if (!spyInstalled) {
    await page.evaluateOnNewDocument(spy);
    spyInstalled = true;
  }
  await page.goto(site.url(path));
  return page;
}

interface Spoken { text: string; lang: string; rate: number; voice: string | null }
const spoken = (page: Page) => page.evaluate(`window.xcSpoken.map(function (u) { return { text: u.text, lang: u.lang, rate: Math.round(u.rate * 100) / 100, voice: u.voice && u.voice.name }; })`) as Promise<Spoken[]>; // rate is a float32
const calls = (page: Page) => page.evaluate("window.xcCalls.slice()") as Promise<string[]>;
const fire = (page: Page, type: "start" | "end" | "error") => page.evaluate(`window.xcFire(${JSON.stringify(type)})`);
const highlighted = (page: Page) => page.evaluate(`Array.prototype.map.call(document.querySelectorAll(".xc-reading"), function (el) { return el.tagName + ":" + el.textContent.trim().slice(0, 12); })`) as Promise<string[]>;
const disabled = (page: Page) => page.$$eval("[data-xc-speak]", (list) => Object.fromEntries(list.map((b) => [b.textContent!.trim(), b.getAttribute("aria-disabled")])));
const statusText = (page: Page) => page.$eval(".xc-aids [role=status]", (el) => el.textContent);
const compact = (text: string) => text.replace(/\s+/g, "");
/** Runs the page's pending long timers now, as if their time had passed. */
const elapse = (page: Page) => page.evaluate("window.xcElapse()");
const setVoices = (page: Page, voices: { name: string; lang: string }[]) => page.evaluate(`window.xcVoices = ${JSON.stringify(voices)}`);
const events = (page: Page) => page.evaluate("window.xcEvents.map(function (e) { return e.state + (e.index === undefined ? '' : ':' + e.index); })") as Promise<string[]>;
const noVoiceMessage = "本设备没有中文语音，无法朗读。可以使用设备自带的读屏功能。";

/** Plays every utterance through start and end, as an engine would, and returns what was spoken. */
async function playAll(page: Page, onEach?: (index: number) => Promise<void>): Promise<Spoken[]> {
  for (let i = 0; i < 500; i++) {
    const before = (await spoken(page)).length;
    await fire(page, "start");
    if (onEach) await onEach(before - 1);
    await fire(page, "end");
    if ((await spoken(page)).length === before) break; // nothing further queued: finished
  }
  return spoken(page);
}

describe("朗读 (read aloud)", () => {
  it("never starts by itself", async () => {
    const page = await articlePage();
    // the page has loaded and the browser has gone idle: every script that could have started reading has run
    await page.evaluate(() => new Promise((resolve) => (document.readyState === "complete" ? resolve(null) : addEventListener("load", resolve))));
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    assert.deepEqual(await calls(page), []);
    assert.deepEqual(await disabled(page), { 朗读全文: "false", 暂停: "true", 继续: "true", 停止: "true" });
  });

  for (const how of ["click", "Enter", "Space"] as const) {
    it(`朗读全文 pressed by ${how} sends the title, then every paragraph, in zh-CN, one utterance after another`, async () => {
      const page = await articlePage();
      if (how === "click") await page.click('[data-xc-speak="start"]');
      else {
        await page.focus('[data-xc-speak="start"]');
        await page.keyboard.press(how);
      }
      assert.equal((await spoken(page)).length, 1, "one utterance at a time");
      assert.equal(await statusText(page), "开始朗读全文");
      const all = await playAll(page);
      const expected = await page.evaluate(() => [document.querySelector(".xc-article h1")!, ...Array.from(document.querySelectorAll(".xc-article__body p"))].map((el) => el.textContent!));
      assert.equal(compact(all.map((u) => u.text).join("")), compact(expected.join("")), "the whole article, in order, nothing twice");
      assert.equal(all[0]!.text, expected[0], "the title comes first");
      assert.ok(all.length > expected.length, "long paragraphs are read sentence by sentence");
      for (const u of all) assert.equal(u.lang, "zh-CN");
      assert.equal(await statusText(page), "朗读完毕");
      assert.deepEqual(await highlighted(page), []);
      assert.deepEqual(await disabled(page), { 朗读全文: "false", 暂停: "true", 继续: "true", 停止: "true" });
    });
  }

  it("highlights the block being read as each utterance starts, and scrolls it into view", async () => {
    const page = await articlePage();
    await page.click('[data-xc-speak="start"]');
    const blocks = await page.evaluate(() => [document.querySelector(".xc-article h1")!, ...Array.from(document.querySelectorAll(".xc-article__body p"))].map((el) => el.tagName + ":" + el.textContent!.trim().slice(0, 12)));
    const seen: string[] = [];
    await playAll(page, async () => {
      const now = await highlighted(page);
      assert.equal(now.length, 1, "exactly one block is highlighted");
      if (seen.at(-1) !== now[0]) seen.push(now[0]!);
      const inView = await page.evaluate(() => {
        const r = document.querySelector(".xc-reading")!.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      });
      assert.ok(inView, `${now[0]} is scrolled into view`);
    });
    assert.deepEqual(seen, blocks, "the highlight moves block by block with the utterances");
  });

  it("reads sub-headings and list items too, each once", async () => {
    const page = await articlePage(fixtureArticleUrl);
    await page.click('[data-xc-speak="start"]');
    const all = await playAll(page);
    const text = compact(all.map((u) => u.text).join("|"));
    for (const part of ["关于调整西城区政务服务中心办理时间的通知", "办理地点", "西城区政务服务中心一层综合窗口；", "各街道便民服务中心。"]) {
      assert.equal(text.split(part).length - 1, 1, `“${part}” is read once`);
    }
  });

  it("停止 cancels speech, clears the highlight, and a late end event does not go on", async () => {
    const page = await articlePage();
    await page.click('[data-xc-speak="start"]');
    await fire(page, "start");
    await fire(page, "end");
    await fire(page, "start");
    assert.equal((await highlighted(page)).length, 1);
    const before = (await calls(page)).filter((c) => c === "cancel").length;
    await page.click('[data-xc-speak="stop"]');
    assert.equal((await calls(page)).filter((c) => c === "cancel").length, before + 1, "speechSynthesis.cancel() was called");
    assert.deepEqual(await highlighted(page), []);
    assert.equal(await statusText(page), "已停止朗读");
    const count = (await spoken(page)).length;
    await fire(page, "end"); // an engine reports the cancelled utterance's end
    assert.equal((await spoken(page)).length, count, "nothing more is spoken after 停止");
    assert.deepEqual(await disabled(page), { 朗读全文: "false", 暂停: "true", 继续: "true", 停止: "true" });
  });

  it("暂停 cancels the sentence being read, 继续 speaks from that sentence, and the buttons follow", async () => {
    const page = await articlePage();
    await page.click('[data-xc-speak="start"]');
    assert.deepEqual(await disabled(page), { 朗读全文: "true", 暂停: "false", 继续: "true", 停止: "false" });
    await page.click('[data-xc-speak="start"]'); // disabled: does nothing
    assert.equal((await spoken(page)).length, 1);
    await fire(page, "start");
    await fire(page, "end");
    await fire(page, "start"); // the second sentence is being read
    const second = (await spoken(page))[1]!.text;
    await page.click('[data-xc-speak="pause"]');
    assert.equal((await calls(page)).at(-1), "cancel", "pausing cancels: engines' own pause and resume are unreliable");
    assert.equal(await statusText(page), "已暂停朗读");
    assert.deepEqual(await disabled(page), { 朗读全文: "true", 暂停: "true", 继续: "false", 停止: "false" });
    await fire(page, "end"); // the engine reports the cancelled sentence's end
    assert.equal((await spoken(page)).length, 2, "nothing more is spoken while paused");
    assert.equal((await highlighted(page)).length, 1, "the block being read stays marked while paused");
    await page.focus('[data-xc-speak="resume"]');
    await page.keyboard.press("Enter");
    const all = await spoken(page);
    assert.equal(all.length, 3);
    assert.equal(all[2]!.text, second, "继续 speaks the paused sentence again from its start");
    assert.equal(await statusText(page), "继续朗读");
    assert.deepEqual(await disabled(page), { 朗读全文: "true", 暂停: "false", 继续: "true", 停止: "false" });
    await fire(page, "start");
    await fire(page, "end");
    assert.equal((await spoken(page)).length, 4, "and goes on to the next sentence");
    assert.deepEqual(await events(page), ["start:0", "sentence:0", "sentence:1", "pause:1", "resume:1", "sentence:1"]);
  });

  it("语速 sets the speaking rate, restarts the current sentence at the new speed, and is remembered", async () => {
    const page = await articlePage();
    await page.click('[data-xc-rate="0.75"]');
    assert.equal(await page.$eval('[data-xc-rate="0.75"]', (b) => b.getAttribute("aria-pressed")), "true");
    await page.click('[data-xc-speak="start"]');
    await fire(page, "start");
    await page.click('[data-xc-rate="1.3"]');
    const all = await spoken(page);
    assert.equal(all.length, 2);
    assert.equal(all[0]!.rate, 0.75);
    assert.deepEqual({ text: all[1]!.text, rate: all[1]!.rate }, { text: all[0]!.text, rate: 1.3 }, "the same sentence again, faster");
    await fire(page, "end");
    assert.equal((await spoken(page)).length, 3, "the restarted sentence goes on to the next one");
    await page.goto(site.url(fixtureArticleUrl));
    assert.equal(await page.$eval('[data-xc-rate="1.3"]', (b) => b.getAttribute("aria-pressed")), "true");
  });

  it("chooses a Mandarin voice (zh-CN, zh-Hans or cmn) before another Chinese voice, and never one that is not Chinese", async () => {
    const cases = [
      { voices: [{ name: "English (America)", lang: "en-US" }, { name: "Chinese (Cantonese)", lang: "yue" }, { name: "Chinese (Taiwan)", lang: "zh-TW" }, { name: "Chinese (Mandarin) espeak-ng", lang: "cmn" }], chosen: "Chinese (Mandarin) espeak-ng" },
      { voices: [{ name: "Chinese (Taiwan)", lang: "zh-TW" }, { name: "普通话", lang: "zh_CN" }], chosen: "普通话" }, // Android writes zh_CN
      { voices: [{ name: "Ting-Ting", lang: "zh-Hans-CN" }], chosen: "Ting-Ting" },
      { voices: [{ name: "Chinese (Mandarin, latin as Pinyin)", lang: "cmn-latn-pinyin" }], chosen: "Chinese (Mandarin, latin as Pinyin)" },
      { voices: [{ name: "English (America)", lang: "en-US" }, { name: "Chinese", lang: "zh" }], chosen: "Chinese" },
    ];
    for (const { voices, chosen } of cases) {
      const page = await articlePage();
      await setVoices(page, voices);
      await page.click('[data-xc-speak="start"]');
      assert.equal((await spoken(page))[0]?.voice, chosen, JSON.stringify(voices));
    }
  });

  it("says why, in the status and on screen, when the device has no Chinese voice, and offers no 朗读 there", async () => {
    const page = await articlePage();
    await setVoices(page, [{ name: "English (America)", lang: "en-US" }, { name: "Chinese (Cantonese)", lang: "yue" }]);
    await page.click('[data-xc-speak="start"]');
    assert.equal(await statusText(page), noVoiceMessage);
    assert.equal(await page.$eval(".xc-aids__note", (el) => (el as HTMLElement).innerText.trim()), noVoiceMessage, "the reason is shown, not only announced");
    assert.ok(await page.$eval(".xc-aids__note", (el) => el.checkVisibility()));
    assert.deepEqual(await spoken(page), [], "nothing is sent to a voice that cannot read Chinese");
    assert.deepEqual(await disabled(page), { 朗读全文: "true", 暂停: "true", 继续: "true", 停止: "true" });
    assert.deepEqual(await events(page), ["novoice"]);
  });

  it("waits for the device to list its voices before choosing one", async () => {
    const page = await articlePage();
    await setVoices(page, []);
    await page.click('[data-xc-speak="start"]');
    assert.equal(await statusText(page), "正在准备朗读");
    assert.deepEqual(await spoken(page), []);
    await setVoices(page, [{ name: "Chinese (Mandarin) espeak-ng", lang: "cmn" }]);
    await page.evaluate("speechSynthesis.dispatchEvent(new Event('voiceschanged'))");
    assert.equal((await spoken(page)).length, 1);
    assert.equal(await statusText(page), "开始朗读全文");
    await fire(page, "start");
    await elapse(page); // the timer waiting for voices was cleared: nothing happens
    assert.equal(await statusText(page), "开始朗读全文");
    assert.deepEqual(await events(page), ["start:0", "sentence:0"]);
  });

  it("gives the no-voice reason when the device never lists a voice", async () => {
    const page = await articlePage();
    await setVoices(page, []);
    await page.click('[data-xc-speak="start"]');
    await elapse(page);
    assert.equal(await statusText(page), noVoiceMessage);
    assert.deepEqual(await spoken(page), []);
  });

  it("stops with a message when speech never starts", async () => {
    const page = await articlePage();
    await page.click('[data-xc-speak="start"]');
    await elapse(page); // the engine took the utterance and never began it
    assert.equal(await statusText(page), "语音没有开始，已停止朗读。本设备的语音可能不可用。");
    assert.equal((await calls(page)).at(-1), "cancel");
    assert.deepEqual(await disabled(page), { 朗读全文: "false", 暂停: "true", 继续: "true", 停止: "true" });
    assert.deepEqual(await events(page), ["start:0", "timeout"]);
  });

  it("does not time out once speech has started, however long a sentence takes", async () => {
    const page = await articlePage();
    await page.click('[data-xc-speak="start"]');
    await fire(page, "start");
    await elapse(page);
    assert.equal(await statusText(page), "开始朗读全文");
    assert.deepEqual(await disabled(page), { 朗读全文: "true", 暂停: "false", 继续: "true", 停止: "false" });
  });

  it("stops with a message when the speech engine reports an error", async () => {
    const page = await articlePage();
    await page.click('[data-xc-speak="start"]');
    await fire(page, "error");
    assert.equal(await statusText(page), "朗读出错，已停止");
    assert.equal((await disabled(page))["朗读全文"], "false");
  });

  it("in Chromium without any speech engine (no spy), says there is no Chinese voice instead of failing at once", async () => {
    const page = await site.browser.newPage(); // a tab without the spy: the browser's own speechSynthesis, which has no voices
    try {
      await page.goto(site.url(legacyArticleUrl));
      assert.deepEqual(await page.evaluate(() => speechSynthesis.getVoices().length), 0, "this Chromium has no voices");
      await page.click('[data-xc-speak="start"]');
      await page.waitForFunction((m) => document.querySelector(".xc-aids [role=status]")!.textContent === m, { timeout: 20_000 }, noVoiceMessage);
      assert.equal(await page.$eval(".xc-aids__note", (el) => (el as HTMLElement).innerText.trim()), noVoiceMessage);
      assert.equal(await page.$eval('[data-xc-speak="start"]', (b) => b.getAttribute("aria-disabled")), "true");
      assert.equal(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending), false, "nothing was sent to the engine");
    } finally {
      await page.close();
    }
  });

  it("is offered on article pages only", async () => {
    const page = await articlePage("/about/");
    assert.equal(await page.$("[data-xc-speech]"), null);
    await page.goto(site.url(legacyArticleUrl));
    assert.equal(await page.$eval("[data-xc-speech]", (el) => getComputedStyle(el).display), "flex");
  });

  it("is not shown where the browser has no speechSynthesis, while the other aids still work", async () => {
    const page = await site.freshPage();
    const { identifier } = await page.evaluateOnNewDocument(`Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });`);
    try {
      await page.goto(site.url(legacyArticleUrl));
      assert.equal(await page.$eval("[data-xc-speech]", (el) => getComputedStyle(el).display), "none");
      await page.click('[data-xc-text-step="large"]');
      assert.equal(await page.$eval("body", (b) => getComputedStyle(b).fontSize), "24px");
    } finally {
      await page.removeScriptToEvaluateOnNewDocument(identifier);
    }
  });
});
