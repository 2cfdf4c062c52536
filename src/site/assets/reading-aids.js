/* 阅读辅助 — the reading aids of components/reading-aids: text size, 长者模式, high contrast,
   large pointer, reset, and read-aloud on article pages. Plain JavaScript, loaded with `defer blocking="render"`
   (it runs after parsing, before DOMContentLoaded and before the first paint), no inline code, no keyboard shortcuts.
   The state is written as data-xc-* attributes on <html>; site.css does all the styling.
   Choices are kept in localStorage on this device only; nothing is sent anywhere. */
(function () {
  "use strict";
  var KEY = "xc-reading-aids";
  var STEPS = { standard: "标准字号", large: "大字号", xlarge: "特大字号" };
  var RATES = { "0.75": "慢", "1": "中", "1.3": "快" };
  var html = document.documentElement;
  var region = document.getElementById("xc-aids");
  var status = region && region.querySelector("[data-xc-status]");
  var systemContrast = window.matchMedia ? matchMedia("(prefers-contrast: more)") : { matches: false };
  var state = load();

  /** Reads the saved choices; anything unknown falls back to the default, never throws. */
  function load() {
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { /* storage blocked or bad JSON */ }
    return {
      text: STEPS[saved.text] ? saved.text : "standard",
      elder: saved.elder === true,
      // absent: follow the system's prefers-contrast; "high" / "standard": the reader's explicit choice
      contrast: saved.contrast === "high" || saved.contrast === "standard" ? saved.contrast : undefined,
      pointer: saved.pointer === true,
      rate: RATES[saved.rate] ? saved.rate : "1"
    };
  }

  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: works for this page only */ }
  }

  function setAttr(name, value) {
    if (value) html.setAttribute(name, value); else html.removeAttribute(name);
  }

  function contrastOn() {
    return state.contrast === "high" || (state.contrast === undefined && systemContrast.matches);
  }

  /** Writes the state onto <html> (the CSS reads only these) and onto the buttons' aria-pressed. */
  function apply() {
    setAttr("data-xc-text", state.text);
    setAttr("data-xc-elder", state.elder && "on");
    setAttr("data-xc-contrast", state.contrast === "standard" ? "standard" : contrastOn() && "high");
    setAttr("data-xc-pointer", state.pointer && "large");
    if (!region) return;
    each("[data-xc-text-step]", function (b) { press(b, b.getAttribute("data-xc-text-step") === state.text); });
    each("[data-xc-rate]", function (b) { press(b, b.getAttribute("data-xc-rate") === state.rate); });
    each("[data-xc-toggle]", function (b) {
      var name = b.getAttribute("data-xc-toggle");
      press(b, name === "contrast" ? contrastOn() : state[name]);
    });
  }

  function each(selector, fn) { Array.prototype.forEach.call(region.querySelectorAll(selector), fn); }
  function press(button, on) { button.setAttribute("aria-pressed", on ? "true" : "false"); }

  /** Polite announcement through the region's role="status" paragraph. */
  function say(message) { if (status) status.textContent = message; }

  function change(message) { save(); apply(); say(message); }

  apply(); // before DOMContentLoaded, so the first paint already uses the saved choice
  if (!region) return;

  region.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button");
    if (!button || !region.contains(button)) return;
    var step = button.getAttribute("data-xc-text-step");
    var toggle = button.getAttribute("data-xc-toggle");
    var rate = button.getAttribute("data-xc-rate");
    if (step) {
      // 长者模式 always shows large text: choosing 标准 leaves it, so what is pressed is what is seen
      var leaveElder = step === "standard" && state.elder;
      state.text = step;
      if (leaveElder) state.elder = false;
      change("已切换为" + STEPS[step] + (leaveElder ? "，已关闭长者模式" : ""));
    } else if (toggle) {
      var on = !(toggle === "contrast" ? contrastOn() : state[toggle]);
      if (toggle === "contrast") state.contrast = on ? "high" : "standard";
      else state[toggle] = on;
      if (toggle === "elder" && on && state.text === "standard") state.text = "large";
      change((on ? "已开启" : "已关闭") + button.textContent);
    } else if (button.hasAttribute("data-xc-reset")) {
      stopSpeech();
      try { localStorage.removeItem(KEY); } catch (e) { /* nothing saved */ }
      state = load();
      apply();
      say("已恢复默认设置");
    } else if (rate) {
      state.rate = rate;
      change("语速：" + RATES[rate]);
      if (speech && !speech.paused) speakCurrent(); // the new speed applies at once
    } else if (button.hasAttribute("data-xc-speak") && button.getAttribute("aria-disabled") !== "true") {
      speechActions[button.getAttribute("data-xc-speak")]();
    }
  });

  // Another tab changed the choices: follow them.
  window.addEventListener("storage", function (event) { if (event.key === KEY || event.key === null) { state = load(); apply(); } });
  if (systemContrast.addEventListener) systemContrast.addEventListener("change", apply);

  /* 朗读: article pages only, where speechSynthesis exists. Reads the title, then the body
     block by block, a sentence per utterance (long utterances stall in some engines);
     the block being read is highlighted and scrolled into view on each utterance's start. */
  var speechBox = region.querySelector("[data-xc-speech]");
  var synth = window.speechSynthesis;
  var speech = null; // while reading: { chunks: [{el, text}], index, current utterance, paused }
  if (!speechBox) return;
  if (!synth || !window.SpeechSynthesisUtterance) { speechBox.hidden = true; return; }

  var BLOCKS = "p,h2,h3,h4,h5,h6,li,dt,dd,th,td,pre,blockquote";

  function chunksOf() {
    var article = document.querySelector(".xc-article") || document.querySelector("main");
    var elements = [article.querySelector("h1")].filter(Boolean);
    var body = article.querySelector(".xc-article__body");
    Array.prototype.forEach.call(body ? body.querySelectorAll(BLOCKS) : [], function (el) {
      if (!el.parentElement.closest(BLOCKS)) elements.push(el); // outermost blocks only: nothing read twice
    });
    var chunks = [];
    elements.forEach(function (el) {
      var text = el.textContent.replace(/\s+/g, " ").trim();
      (text.match(/[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*|$)/g) || []).forEach(function (sentence) {
        if (sentence.trim()) chunks.push({ el: el, text: sentence.trim() });
      });
    });
    return chunks;
  }

  function highlight(el) {
    var old = document.querySelector(".xc-reading");
    if (old && old !== el) old.classList.remove("xc-reading");
    if (!el) return;
    if (!el.classList.contains("xc-reading")) {
      el.classList.add("xc-reading");
      el.scrollIntoView({ block: "center" });
    }
  }

  function speakCurrent() {
    var chunk = speech.chunks[speech.index];
    if (!chunk) { stopSpeech(); say("朗读完毕"); return; }
    var utterance = new SpeechSynthesisUtterance(chunk.text);
    utterance.lang = "zh-CN";
    utterance.rate = Number(state.rate);
    var voice = synth.getVoices().filter(function (v) { return /^zh[-_](CN|Hans)/i.test(v.lang); })[0];
    if (voice) utterance.voice = voice;
    utterance.onstart = function () { if (speech && speech.current === utterance) highlight(chunk.el); };
    utterance.onend = utterance.onerror = function (event) {
      if (!speech || speech.current !== utterance) return; // cancelled or replaced: not ours to continue
      if (event.type === "error") { stopSpeech(); say("朗读出错，已停止"); return; }
      speech.current = null;
      speech.index++;
      speakCurrent();
    };
    if (speech.current) { speech.current = null; synth.cancel(); } // a speed change restarts the sentence
    speech.current = utterance;
    synth.speak(utterance);
  }

  function stopSpeech() {
    if (!speech) return;
    speech = null;
    synth.cancel();
    highlight(null);
    renderSpeech();
  }

  function renderSpeech() {
    var can = { start: !speech, pause: speech && !speech.paused, resume: speech && speech.paused, stop: !!speech };
    Array.prototype.forEach.call(speechBox.querySelectorAll("[data-xc-speak]"), function (b) {
      b.setAttribute("aria-disabled", can[b.getAttribute("data-xc-speak")] ? "false" : "true");
    });
  }

  var speechActions = {
    start: function () {
      synth.cancel(); // a queue left by another page would otherwise play first
      speech = { chunks: chunksOf(), index: 0, current: null, paused: false };
      if (!speech.chunks.length) { speech = null; say("本页没有可朗读的正文"); return; }
      speakCurrent();
      renderSpeech();
      say("开始朗读全文");
    },
    pause: function () { synth.pause(); speech.paused = true; renderSpeech(); say("已暂停朗读"); },
    resume: function () { synth.resume(); speech.paused = false; renderSpeech(); say("继续朗读"); },
    stop: function () { stopSpeech(); say("已停止朗读"); }
  };

  window.addEventListener("pagehide", stopSpeech);
  renderSpeech();
})();
