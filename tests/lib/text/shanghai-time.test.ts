import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePublishTime, publishTimeFromParts } from "../../../src/lib/text/shanghai-time.ts";

test("a date and time are read on a Beijing clock with the +08:00 offset", () => {
  const time = parsePublishTime("2025-03-07 09:30")!;
  assert.equal(time.iso, "2025-03-07T09:30:00+08:00");
  assert.equal(time.display, "2025年3月7日");
  assert.equal(time.meta, "2025-03-07 09:30");
  assert.equal(time.date, "2025-03-07");
  assert.equal(new Date(time.epochMs).toISOString(), "2025-03-07T01:30:00.000Z");
});

test("a date without a time means midnight in Beijing", () => {
  assert.equal(parsePublishTime("2025-03-07")!.iso, "2025-03-07T00:00:00+08:00");
});

test("an explicit +08:00 timestamp is accepted", () => {
  assert.equal(parsePublishTime("2025-03-07T09:30:00+08:00")!.meta, "2025-03-07 09:30");
});

test("impossible dates and times are refused", () => {
  for (const text of ["2025-02-29", "2025-13-01", "2025-04-31", "2025-03-07 24:00", "2025-03-07 12:60", "07/03/2025", "yesterday"]) {
    assert.equal(parsePublishTime(text), undefined, text);
  }
});

test("29 February exists in a leap year", () => {
  assert.ok(publishTimeFromParts(2024, 2, 29));
});
