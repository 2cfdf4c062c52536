import assert from "node:assert/strict";
import { test } from "node:test";
import { unsafeMarkup } from "../support/unsafe-markup.ts";

// The scanner the safe-content tests rely on must itself catch what it claims to.

test("finds nothing in plain markup with external scripts and stylesheets of our own", () => {
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="/assets/site.css"><script src="/assets/aids.js" defer></script></head>
    <body><a href="/gzdt/">工作动态</a><a href="https://beian.miit.gov.cn/">备案</a><a href="mailto:a@b.cn">信</a><img src="/a.png" alt=""><form action="/search/"><input name="q"></form></body></html>`;
  assert.deepEqual(unsafeMarkup(html), []);
});

test("reports an inline script and a script from another origin", () => {
  const findings = unsafeMarkup(`<script>alert(1)</script><script src="https://cdn.example/x.js"></script><script src="//cdn.example/y.js"></script>`);
  assert.equal(findings.length, 3, findings.join("\n"));
});

test("reports event handler attributes in any case", () => {
  assert.equal(unsafeMarkup(`<img src="/a.png" alt="" onerror="x()"><body ONLOAD="y()"><a href="/" onClick="z()">x</a>`).length, 3);
});

test("reports javascript:, vbscript: and obfuscated script URLs, and data: documents", () => {
  const findings = unsafeMarkup(
    `<a href="javascript:alert(1)">1</a><a href=" JaVa&#x09;Script:alert(1)">2</a><a href="java\nscript:x">3</a>` +
      `<form action="vbscript:x"></form><iframe src="data:text/html,x"></iframe><a href="data:text/html;base64,PHNjcmlwdD4=">4</a>`,
  );
  assert.ok(findings.filter((f) => f.includes("runs script")).length >= 4, findings.join("\n"));
  assert.ok(findings.some((f) => f.includes("data: URL")), findings.join("\n"));
});

test("reports style attributes, style elements, frames, plugins and base", () => {
  const findings = unsafeMarkup(`<p style="color:red">x</p><style>p{}</style><iframe src="/"></iframe><object data="/x"></object><embed src="/x"><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">`);
  assert.equal(findings.length, 7, findings.join("\n"));
});
