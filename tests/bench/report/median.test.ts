import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { median } from "../../../src/bench/report/median.ts";

describe("median", () => {
  test("takes the middle value of an odd count, unsorted", () => assert.equal(median([9, 1, 5]), 5));
  test("takes the mean of the middle two of an even count", () => assert.equal(median([4, 1, 3, 2]), 2.5));
  test("refuses an empty list", () => assert.throws(() => median([]), /empty/));
});
