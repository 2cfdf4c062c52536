import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runBrowserPass } from "../../../src/tools/audit/browser-pass.ts";
import { displayModes } from "../../../src/tools/audit/display-modes.ts";
import type { Finding } from "../../../src/tools/audit/types.ts";
import { type StaticServer, serveStatic } from "../../../src/tools/serve-static.ts";

/** A page breaking each layout and keyboard rule the audit checks in the browser. */
const brokenPage = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>坏页面</title>
<style>
  body { margin: 0; font-size: 16px; }
  .wide { width: 600px; }
  .clip { width: 200px; height: 1.2em; overflow: hidden; }
  .stack { position: relative; height: 3em; }
  .stack span { position: absolute; top: 0; left: 0; }
  .offscreen { position: absolute; left: -9999px; }
</style></head>
<body>
<header><a href="/ok/">首页</a></header>
<main id="main">
  <h1>坏页面</h1>
  <div class="wide">这一块比手机屏幕宽。</div>
  <p class="clip">这一段文字很长，容器高度固定并且隐藏了溢出，所以后面的文字被截掉了，读者看不到。</p>
  <div class="stack"><span>第一行文字</span><span>第二行文字</span></div>
  <p id="js-only"></p>
  <a href="/ok/" tabindex="1">跳到前面的链接</a>
  <a class="offscreen" href="/ok/">屏幕外的链接</a>
  <img src="http://localhost:1/tracker.png" alt="">
</main>
<script src="/only.js"></script>
</body></html>`;

const okPage = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>好页面</title>
<style>a:focus-visible { outline: 3px solid #000; } .skip { position: absolute; top: -10em; } .skip:focus { top: 0; }</style></head>
<body><a class="skip" href="#main">跳到主要内容</a><main id="main" tabindex="-1"><h1>好页面</h1><p><a href="/layout/">链接</a></p></main></body></html>`;

/** Focus shown by a background colour alone: visible normally, invisible in forced colours. */
const backgroundFocusPage = okPage.replace("a:focus-visible { outline: 3px solid #000; }", "a:focus-visible { outline: none; background: #ffdd00; }");

let folder: string;
let server: StaticServer;
let findings: Finding[];

describe("the audit's browser checks", { timeout: 180_000 }, () => {
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "xc-browser-checks-"));
    await mkdir(join(folder, "layout"));
    await mkdir(join(folder, "ok"));
    await writeFile(join(folder, "layout", "index.html"), brokenPage);
    await writeFile(join(folder, "ok", "index.html"), okPage);
    await mkdir(join(folder, "background-focus"));
    await writeFile(join(folder, "background-focus", "index.html"), backgroundFocusPage);
    await writeFile(join(folder, "only.js"), `document.getElementById("js-only").textContent = "只有运行脚本才看得到的通知";`);
    server = await serveStatic(folder);
    const modes = displayModes.filter((m) => ["desktop", "phone", "text-spacing", "forced-colors", "no-javascript"].includes(m.name));
    findings = await runBrowserPass({
      baseUrl: server.url,
      pages: [
        { path: "/layout/", file: "layout/index.html" },
        { path: "/ok/", file: "ok/index.html" },
        { path: "/background-focus/", file: "background-focus/index.html" },
      ],
      modes,
    });
  });
  after(async () => {
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const rulesOn = (page: string, mode?: string) =>
    new Set(findings.filter((f) => f.page === page && (!mode || f.mode === mode)).map((f) => `${f.tool}/${f.rule}`));

  it("finds sideways scrolling on a phone, naming the element that sticks out", () => {
    const scroll = findings.find((f) => f.page === "/layout/" && f.mode === "phone" && f.rule === "horizontal-scroll");
    assert.match(scroll?.message ?? "", /600 px of content in a 320 px wide viewport; sticking out: .*div\.wide/);
    assert.ok(!rulesOn("/layout/", "desktop").has("layout/horizontal-scroll"));
  });

  it("finds text cut off by overflow: hidden, and text drawn over other text", () => {
    assert.ok(findings.some((f) => f.rule === "clipped-text" && f.mode === "phone" && f.selector?.includes("p.clip")));
    assert.ok(findings.some((f) => f.rule === "overlapping-text" && f.mode === "text-spacing" && f.message.includes("第一行文字")));
  });

  it("finds content that only JavaScript shows", () => {
    const missing = findings.find((f) => f.rule === "content-needs-javascript");
    assert.equal(missing?.mode, "no-javascript");
    assert.match(missing?.message ?? "", /只有运行脚本才看得到的通知/);
  });

  it("finds a page without a skip link, a tab order that jumps backwards and a focused element off screen", () => {
    const keyboard = rulesOn("/layout/", "desktop");
    for (const rule of ["keyboard/skip-link-first", "keyboard/tab-order-backwards", "keyboard/focus-off-screen"]) assert.ok(keyboard.has(rule), rule);
  });

  it("finds a request to another host", () => {
    assert.ok(findings.some((f) => f.page === "/layout/" && f.rule === "third-party-request" && f.message.includes("localhost:1")));
  });

  it("passes the keyboard checks on a page with a working skip link and visible focus, in forced colours too", () => {
    assert.deepEqual([...rulesOn("/ok/")].filter((r) => r.startsWith("keyboard/")), []);
  });

  it("finds focus shown only by a background colour invisible in forced colours", () => {
    assert.ok(!rulesOn("/background-focus/", "desktop").has("keyboard/focus-not-visible"));
    assert.ok(rulesOn("/background-focus/", "forced-colors").has("keyboard/focus-not-visible"));
  });
});
