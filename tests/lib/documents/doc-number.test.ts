import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { docNumberProblem } from "../../../src/lib/documents/doc-number.ts";

describe("a 发文字号", () => {
  test("is accepted as 机关代字〔年份〕序号号", () => {
    for (const good of ["京西政发〔2025〕3号", "京西政办发〔2024〕117号", "西民发〔2019〕1号"]) assert.equal(docNumberProblem(good), undefined, good);
  });

  test("with half-width or other brackets around the year is refused, the message showing the form expected", () => {
    assert.equal(docNumberProblem("京西政发[2025]3号"), "the year in full-width 〔〕 (六角括号), not [2025]: write 京西政发〔2025〕3号");
    assert.equal(docNumberProblem("京西政发(2025)3号"), "the year in full-width 〔〕 (六角括号), not (2025): write 京西政发〔2025〕3号");
    for (const bad of ["京西政发（2025）3号", "京西政发【2025】3号", "京西政发［2025］3号"]) assert.match(docNumberProblem(bad)!, /write 京西政发〔2025〕3号$/, bad);
  });

  test("with a leading zero, a short year or no 号 is refused, saying why", () => {
    assert.match(docNumberProblem("京西政发〔2025〕03号")!, /leading zeros.*write 京西政发〔2025〕3号/);
    assert.match(docNumberProblem("京西政发〔25〕3号")!, /4-digit year/);
    assert.match(docNumberProblem("京西政发〔2025〕3")!, /ending in 号/);
    assert.match(docNumberProblem("2025年第3号")!, /机关代字〔年份〕序号号/);
  });
});
