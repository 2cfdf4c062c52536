import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkFutureDate } from "../../../src/lib/content/check-future-date.ts";
import { referenceTime } from "../../../src/lib/content/reference-time.ts";
import { loadSiteContent } from "../../../src/lib/load-site.ts";
import { parsePublishTime } from "../../../src/lib/text/shanghai-time.ts";
import { makeFixture, markdownArticle, realSettings, withSetting } from "../../support/fixture-content.ts";

const at = (date: string) => parsePublishTime(date)!.epochMs;
const check = (date: string, asOf: string, futureDays = 1) => checkFutureDate(parsePublishTime(date)!, { epochMs: at(asOf), futureDays }, { file: "a.md", line: 4 });

describe("dates in the future", () => {
  test("a date within the tolerance after the reference time is accepted, one beyond it is refused with file, line and the setting", () => {
    assert.deepEqual(check("2025-03-08 09:00", "2025-03-07 12:00"), []);
    const [problem] = check("2025-03-09 12:01", "2025-03-07 12:00");
    assert.deepEqual([problem!.file, problem!.line, problem!.field], ["a.md", 4, "date"]);
    assert.match(problem!.message, /is 2025-03-09, 3 days after this build \(2025-03-07\); expected a date at most 1 day\(s\) ahead \(futureDays in the site settings\)/);
  });

  test("futureDays: 0 allows nothing after the reference time; past dates are always fine", () => {
    assert.equal(check("2025-03-07 12:01", "2025-03-07 12:00", 0).length, 1);
    assert.deepEqual(check("1990-01-01", "2025-03-07 12:00", 0), []);
  });

  test("the reference time is SOURCE_DATE_EPOCH when set (reproducible verdicts), otherwise the clock", () => {
    assert.equal(referenceTime({ SOURCE_DATE_EPOCH: "1741305600" }).epochMs, 1741305600_000);
    const before = Date.now();
    const fromClock = referenceTime({}).epochMs;
    assert.ok(fromClock >= before && fromClock <= Date.now());
    assert.match(referenceTime({ SOURCE_DATE_EPOCH: "yesterday" }).problem!.message, /expected whole seconds since 1970/);
  });

  test("a whole site is checked against the moment it is given, with futureDays from the settings", () => {
    const fixture = makeFixture({ "articles/a.md": markdownArticle({ date: "2025-03-10" }) }, { settings: withSetting(realSettings, "futureDays", "5") });
    assert.equal(loadSiteContent(fixture.content, at("2025-03-07 00:00")).articles.length, 1);
    assert.throws(() => loadSiteContent(fixture.content, at("2025-03-01 00:00")), /a\.md:4: date: is 2025-03-10, 9 days after this build \(2025-03-01\)/);
  });
});
