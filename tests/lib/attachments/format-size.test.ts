import assert from "node:assert/strict";
import { test } from "node:test";
import { formatSize } from "../../../src/lib/attachments/format-size.ts";

test("a file size is said in whole KB (at least 1), then MB with one decimal under 10", () => {
  assert.equal(formatSize(0), "1 KB");
  assert.equal(formatSize(36 * 1024 + 100), "36 KB");
  assert.equal(formatSize(1024 * 1024 * 1.24), "1.2 MB");
  assert.equal(formatSize(1024 * 1024 * 25.4), "25 MB");
});
