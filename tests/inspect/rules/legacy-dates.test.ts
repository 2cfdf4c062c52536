import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { legacyDates } from "../../../src/inspect/rules/legacy-dates.ts";
import { runInspection } from "../../../src/inspect/run-inspection.ts";
import { failingDay, failingSite } from "../support/inspected-sites.ts";

test("legacy-dates: an old-site page whose year the importer guessed is a 单项否决 naming the page, file and line, until overrides.csv confirms it", async () => {
  const site = await failingSite();
  try {
    const inspect = () => runInspection({ folder: site.folder, source: site.source, date: failingDay, rules: [legacyDates] });
    const { findings } = await inspect();
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding!.severity, "veto");
    assert.equal(finding!.page, "/gzdt/2025/inspect-guessed-year/");
    assert.match(finding!.file!, /legacy\/inspect-guessed-year\.txt$/);
    assert.equal(finding!.line, 1);
    assert.match(finding!.message, /^发布日期不能确认是原始日期：2025-01-08: year 2025 guessed from "总结会,部署2025年工作。"/);
    writeFileSync(join(site.source.contentDir, "legacy/overrides.csv"), "path,date\ninspect-guessed-year.txt,2025\n");
    assert.deepEqual((await inspect()).findings, [], "an operator's row confirms the year: the date is the original");
  } finally {
    site.remove();
  }
});
