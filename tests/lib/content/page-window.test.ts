import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pageWindow } from "../../../src/lib/content/page-window.ts";

/** The window as text: numbers, and … for a gap. */
const show = (current: number, count: number) => pageWindow(current, count).map((item) => ("gap" in item ? "…" : item.number)).join(" ");

describe("the pagination window", () => {
  test("shows every page of a short listing", () => {
    assert.equal(show(1, 1), "1");
    assert.equal(show(3, 7), "1 2 3 4 5 6 7");
  });

  test("shows the first, the last and two pages either side of the current one, with gaps between", () => {
    assert.equal(show(60, 125), "1 … 58 59 60 61 62 … 125");
  });

  test("shows a single skipped page rather than a gap", () => {
    assert.equal(show(5, 125), "1 2 3 4 5 6 7 … 125");
    assert.equal(show(121, 125), "1 … 119 120 121 122 123 124 125");
  });

  test("stays short at the ends of a long listing", () => {
    assert.equal(show(1, 125), "1 2 3 … 125");
    assert.equal(show(125, 125), "1 … 123 124 125");
  });
});
