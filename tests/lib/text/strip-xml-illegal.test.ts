import assert from "node:assert/strict";
import { test } from "node:test";
import { stripXmlIllegal } from "../../../src/lib/text/strip-xml-illegal.ts";

test("removes every C0 control character except tab, line feed and carriage return", () => {
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
  assert.equal(stripXmlIllegal(`甲${controls}乙`), "甲\t\n\r乙");
});

test("removes DEL, the C1 controls and the non-characters U+FFFE and U+FFFF", () => {
  assert.equal(stripXmlIllegal("a\u007f\u0080\u0085\u009fb\uFFFE\uFFFFc"), "abc");
});

test("removes unpaired surrogates but keeps emoji, which are paired", () => {
  assert.equal(stripXmlIllegal("前\uD83C后\uDF89末"), "前后末");
  assert.equal(stripXmlIllegal("🎉👨‍👩‍👧😀"), "🎉👨‍👩‍👧😀");
});

test("leaves Chinese text, full-width punctuation and markup characters alone", () => {
  const text = "西城区，通知：<p>&amp;]]></p>（一）";
  assert.equal(stripXmlIllegal(text), text);
});
