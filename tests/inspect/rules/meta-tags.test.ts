import assert from "node:assert/strict";
import { test } from "node:test";
import { metaTags } from "../../../src/inspect/rules/meta-tags.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("meta-tags: a page without its ColumnType tag is a finding", async () => {
  const { findings } = await inspectFailing([metaTags]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page]), [["fix", "/subscribe/"]]);
  assert.match(findings[0]!.message, /^ColumnType：/);
});
