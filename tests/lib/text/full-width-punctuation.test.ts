import assert from "node:assert/strict";
import { test } from "node:test";
import { restoreFullWidthPunctuation as restore } from "../../../src/lib/text/full-width-punctuation.ts";

test("a comma after a Chinese date becomes full-width even before digits", () => {
  assert.equal(restore("3月7日,2025年西城区"), "3月7日，2025年西城区");
});

test("colons, semicolons, question and exclamation marks in Chinese text become full-width", () => {
  assert.equal(restore("主办:北京市;为什么?好!"), "主办：北京市；为什么？好！");
});

test("parentheses around Chinese text become full-width", () => {
  assert.equal(restore("西城区(试行)办法"), "西城区（试行）办法");
});

test("punctuation inside numbers is left alone", () => {
  assert.equal(restore("共1,000人,于10:30开始"), "共1,000人，于10:30开始");
});

test("URLs keep their half-width punctuation", () => {
  assert.equal(restore("详见https://www.bjxch.gov.cn/a,b?x=1:2,谢谢"), "详见https://www.bjxch.gov.cn/a,b?x=1:2，谢谢");
});

test("Latin text keeps half-width punctuation", () => {
  assert.equal(restore("He said: hello, world (again)!"), "He said: hello, world (again)!");
});

test("Latin parentheses inside Chinese text around Latin words stay half-width", () => {
  assert.equal(restore("WCAG (Web Content) 指南"), "WCAG (Web Content) 指南");
});
