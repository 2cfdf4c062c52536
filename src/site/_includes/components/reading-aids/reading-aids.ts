/* 阅读辅助 — the reading aids of this component: text size, 长者模式, high contrast, large pointer,
   reset, and read-aloud on article pages. Served as /assets/reading-aids.js, loaded from the head with
   `defer blocking="render"` (it runs after parsing, before DOMContentLoaded and before the first paint),
   no inline code, no keyboard shortcuts. The state is written as data-xc-* attributes on <html>;
   the stylesheet does all the styling. Choices are kept in localStorage on this device only;
   nothing is sent anywhere. */

import { foldOnNarrowScreens } from "./fold.ts";

const storageKey = "xc-reading-aids";
const steps = { standard: "标准字号", large: "大字号", xlarge: "特大字号" } as const;
const rates = { "0.75": "慢", "1": "中", "1.3": "快" } as const;
type Step = keyof typeof steps;
type Rate = keyof typeof rates;
type Toggle = "elder" | "contrast" | "pointer";

interface Choices {
  text: Step;
  elder: boolean;
  /** Absent: follow the system's prefers-contrast; "high" / "standard": the reader's explicit choice. */
  contrast: "high" | "standard" | undefined;
  pointer: boolean;
  rate: Rate;
}

const has = (table: object, key: unknown) => typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key); // Object.hasOwn is too new for some phones
const isStep = (value: unknown): value is Step => has(steps, value);
const isRate = (value: unknown): value is Rate => has(rates, value);

/** Reads the saved choices; anything unknown falls back to the default, never throws. */
function load(): Choices {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") ?? {};
  } catch {
    /* storage blocked or bad JSON */
  }
  return {
    text: isStep(saved.text) ? saved.text : "standard",
    elder: saved.elder === true,
    contrast: saved.contrast === "high" || saved.contrast === "standard" ? saved.contrast : undefined,
    pointer: saved.pointer === true,
    rate: isRate(saved.rate) ? saved.rate : "1",
  };
}

const html = document.documentElement;
const region = document.getElementById("xc-aids");
const status = region?.querySelector("[data-xc-status]");
const chosen = region?.querySelector("[data-xc-chosen]");
const systemContrast = window.matchMedia?.("(prefers-contrast: more)");
let state = load();

function save(): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(state));
  } catch {
    /* private mode: works for this page only */
  }
}

function setAttribute(name: string, value: string | false): void {
  if (value) html.setAttribute(name, value);
  else html.removeAttribute(name);
}

function contrastOn(): boolean {
  return state.contrast === "high" || (state.contrast === undefined && !!systemContrast?.matches);
}

function isOn(toggle: Toggle): boolean {
  return toggle === "contrast" ? contrastOn() : state[toggle];
}

function buttons(selector: string): HTMLElement[] {
  return region ? Array.from(region.querySelectorAll<HTMLElement>(selector)) : [];
}

function press(button: Element, on: boolean): void {
  button.setAttribute("aria-pressed", on ? "true" : "false");
}

/** Writes the state onto <html> (the CSS reads only these) and onto the buttons' aria-pressed. */
function apply(): void {
  setAttribute("data-xc-text", state.text);
  setAttribute("data-xc-elder", state.elder && "on");
  setAttribute("data-xc-contrast", state.contrast === "standard" ? "standard" : contrastOn() && "high");
  setAttribute("data-xc-pointer", state.pointer && "large");
  for (const b of buttons("[data-xc-text-step]")) press(b, b.dataset.xcTextStep === state.text);
  for (const b of buttons("[data-xc-rate]")) press(b, b.dataset.xcRate === state.rate);
  for (const b of buttons("[data-xc-toggle]")) press(b, isOn(b.dataset.xcToggle as Toggle));
  // what is on, named in the folded bar's summary: seen at a glance on a phone
  const sizeShown = state.text === "xlarge" || (state.text === "large" && !state.elder); // 长者模式 is large text
  const on = [sizeShown && steps[state.text], state.elder && "长者模式", contrastOn() && "高对比度", state.pointer && "大鼠标"].filter(Boolean);
  if (chosen) chosen.textContent = on.length ? `：${on.join("、")}` : "";
}

/** Polite announcement through the region's role="status" paragraph. */
function say(message: string): void {
  if (status) status.textContent = message;
}

function change(message: string): void {
  save();
  apply();
  say(message);
}

/* 朗读: article pages only, where speechSynthesis exists. Reads the title, then the body block by
   block, a sentence per utterance (long utterances stall in some engines); the block being read is
   highlighted and scrolled into view on each utterance's start. 暂停 cancels and remembers the
   sentence, 继续 speaks from that sentence again: engines' own pause/resume are unreliable (on Linux's
   speech-dispatcher nothing more is spoken after resume). Each step is also sent to the page as an
   "xc-speech" event ({ state, index, text }) on the bar. */
interface Chunk {
  element: Element;
  text: string;
}
interface Speech {
  chunks: Chunk[];
  index: number;
  current: SpeechSynthesisUtterance | null;
  paused: boolean;
  voice: SpeechSynthesisVoice;
}
type SpeechAction = "start" | "pause" | "resume" | "stop";

const blocks = "p,h2,h3,h4,h5,h6,li,dt,dd,th,td,pre,blockquote";
const speechBox = region?.querySelector<HTMLElement>("[data-xc-speech]") ?? null;
const synth: SpeechSynthesis | undefined = window.speechSynthesis;
/** How long the device may take to list its voices, and an utterance to start, before the page gives up. */
const voiceWaitMs = 3000;
const startWaitMs = 10000;
const noVoice = "本设备没有中文语音，无法朗读。可以使用设备自带的读屏功能。";
let speech: Speech | null = null;
/** Set once the device proved to have no Chinese voice: 朗读 stays off, with the reason shown. */
let voiceless = false;
let startTimer: ReturnType<typeof setTimeout> | undefined;

/** Tells the page what read-aloud is doing (tests and other scripts listen for it). */
function tell(state: string, chunk?: Chunk): void {
  region?.dispatchEvent(new CustomEvent("xc-speech", { bubbles: true, detail: { state, index: speech?.index, text: chunk?.text } }));
}

/** The Chinese voice to read with: Mandarin (zh-CN, zh-Hans, cmn) first, then any other zh voice. */
function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const rank = (v: SpeechSynthesisVoice) => (/^(zh[-_](cn|hans)|cmn)\b/i.test(v.lang) ? 2 : /^zh\b/i.test(v.lang) ? 1 : 0);
  let best: SpeechSynthesisVoice | undefined;
  for (const v of voices) if (rank(v) > (best ? rank(best) : 0)) best = v;
  return best;
}

/** Runs `then` once the device has listed its voices, or after voiceWaitMs (some list none, ever). */
function withVoices(engine: SpeechSynthesis, then: () => void): void {
  if (engine.getVoices().length) return then();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    clearTimeout(timer);
    engine.removeEventListener("voiceschanged", go);
    then();
  };
  timer = setTimeout(go, voiceWaitMs);
  engine.addEventListener("voiceschanged", go);
}

/** 朗读 cannot work here: says why (the status is read by screen readers) and shows it under the buttons. */
function showNoVoice(): void {
  voiceless = true;
  renderSpeech();
  say(noVoice);
  const note = document.createElement("p");
  note.className = "xc-aids__note";
  note.textContent = noVoice;
  speechBox?.append(note);
  tell("novoice");
}

/** The article's title and outermost text blocks, cut into sentences: nothing read twice. */
function chunksOf(): Chunk[] {
  const article = document.querySelector(".xc-article") ?? document.querySelector("main");
  const elements: Element[] = [];
  const title = article?.querySelector("h1");
  if (title) elements.push(title);
  for (const element of Array.from(article?.querySelector(".xc-article__body")?.querySelectorAll(blocks) ?? [])) {
    if (!element.parentElement?.closest(blocks)) elements.push(element);
  }
  const chunks: Chunk[] = [];
  for (const element of elements) {
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    for (const sentence of text.match(/[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*|$)/g) ?? []) {
      if (sentence.trim()) chunks.push({ element, text: sentence.trim() });
    }
  }
  return chunks;
}

function highlight(element: Element | null): void {
  const old = document.querySelector(".xc-reading");
  if (old && old !== element) old.classList.remove("xc-reading");
  if (element && !element.classList.contains("xc-reading")) {
    element.classList.add("xc-reading");
    element.scrollIntoView({ block: "center" });
  }
}

/** Stops speaking without forgetting where: the utterance being spoken no longer counts. */
function silence(reading: Speech, engine: SpeechSynthesis): void {
  clearTimeout(startTimer);
  if (reading.current) {
    reading.current = null;
    engine.cancel();
  }
}

function speakCurrent(engine: SpeechSynthesis, reading: Speech): void {
  const chunk = reading.chunks[reading.index];
  if (!chunk) {
    stopSpeech();
    say("朗读完毕");
    tell("end");
    return;
  }
  const utterance = new SpeechSynthesisUtterance(chunk.text);
  utterance.lang = "zh-CN";
  utterance.rate = Number(state.rate);
  utterance.voice = reading.voice;
  utterance.onstart = () => {
    if (speech?.current !== utterance) return;
    clearTimeout(startTimer);
    highlight(chunk.element);
    tell("sentence", chunk);
  };
  utterance.onend = utterance.onerror = (event: SpeechSynthesisEvent) => {
    if (speech?.current !== utterance) return; // cancelled or replaced: not ours to continue
    if (event.type === "error") {
      stopSpeech();
      say("朗读出错，已停止");
      tell("error");
      return;
    }
    speech.current = null;
    speech.index++;
    speakCurrent(engine, speech);
  };
  silence(reading, engine); // a speed change restarts the sentence
  reading.current = utterance;
  engine.speak(utterance);
  startTimer = setTimeout(() => {
    if (speech?.current !== utterance) return;
    stopSpeech();
    say("语音没有开始，已停止朗读。本设备的语音可能不可用。");
    tell("timeout");
  }, startWaitMs);
}

function stopSpeech(): void {
  if (!speech) return;
  clearTimeout(startTimer);
  speech = null;
  synth?.cancel();
  highlight(null);
  renderSpeech();
}

function renderSpeech(): void {
  const can: Record<SpeechAction, boolean> = { start: !speech && !voiceless, pause: !!speech && !speech.paused, resume: !!speech?.paused, stop: !!speech };
  for (const b of buttons("[data-xc-speak]")) b.setAttribute("aria-disabled", can[b.dataset.xcSpeak as SpeechAction] ? "false" : "true");
}

/** 朗读全文: the whole article from the title, with the best Chinese voice, or the reason why not. */
function startSpeech(engine: SpeechSynthesis): void {
  engine.cancel(); // a queue left by another page would otherwise play first
  const chunks = chunksOf();
  if (!chunks.length) return say("本页没有可朗读的正文");
  say("正在准备朗读");
  withVoices(engine, () => {
    const voice = chineseVoice(engine.getVoices());
    if (speech || voiceless) return; // pressed twice while the voices were coming
    if (!voice) return showNoVoice();
    speech = { chunks, index: 0, current: null, paused: false, voice };
    speakCurrent(engine, speech);
    renderSpeech();
    say("开始朗读全文");
    tell("start");
  });
}

function speechAction(action: SpeechAction, engine: SpeechSynthesis): void {
  if (action === "start") startSpeech(engine);
  else if (action === "stop") {
    stopSpeech();
    say("已停止朗读");
    tell("stop");
  } else if (speech) {
    speech.paused = action === "pause";
    if (speech.paused) silence(speech, engine);
    else speakCurrent(engine, speech); // from the start of the sentence that was being read
    renderSpeech();
    say(speech.paused ? "已暂停朗读" : "继续朗读");
    tell(action, speech.chunks[speech.index]);
  }
}

/** What a press of one of the bar's buttons does. */
function onPress(button: HTMLElement): void {
  const { xcTextStep: step, xcToggle: toggle, xcRate: rate, xcSpeak: speak } = button.dataset;
  if (isStep(step)) {
    // 长者模式 always shows large text: choosing 标准 leaves it, so what is pressed is what is seen
    const leaveElder = step === "standard" && state.elder;
    state.text = step;
    if (leaveElder) state.elder = false;
    change(`已切换为${steps[step]}${leaveElder ? "，已关闭长者模式" : ""}`);
  } else if (toggle === "elder" || toggle === "contrast" || toggle === "pointer") {
    const on = !isOn(toggle);
    if (toggle === "contrast") state.contrast = on ? "high" : "standard";
    else state[toggle] = on;
    if (toggle === "elder" && on && state.text === "standard") state.text = "large";
    change(`${on ? "已开启" : "已关闭"}${button.textContent}`);
  } else if (button.hasAttribute("data-xc-reset")) {
    stopSpeech();
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* nothing saved */
    }
    state = load();
    apply();
    say("已恢复默认设置");
  } else if (isRate(rate)) {
    state.rate = rate;
    change(`语速：${rates[rate]}`);
    if (speech && !speech.paused && synth) speakCurrent(synth, speech); // the new speed applies at once
  } else if (speak && synth && button.getAttribute("aria-disabled") !== "true") {
    speechAction(speak as SpeechAction, synth);
  }
}

apply(); // before DOMContentLoaded, so the first paint already uses the saved choice
foldOnNarrowScreens(region?.querySelector("details"));

if (region) {
  region.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (button && region.contains(button)) onPress(button);
  });
  // Another tab changed the choices: follow them.
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey || event.key === null) {
      state = load();
      apply();
    }
  });
  systemContrast?.addEventListener?.("change", apply);
  if (speechBox) {
    if (!synth || !window.SpeechSynthesisUtterance) speechBox.hidden = true;
    else {
      window.addEventListener("pagehide", stopSpeech);
      synth.getVoices(); // starts the device listing its voices, so they are ready when 朗读全文 is pressed
      renderSpeech();
    }
  }
}
