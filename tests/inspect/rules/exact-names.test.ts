import assert from "node:assert/strict";
import { test } from "node:test";
import { exactNames } from "../../../src/inspect/rules/exact-names.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("exact-names: a leader's name one character off after their title, and a leader given another's title, are 单项否决 findings", async () => {
  const { findings } = await inspectFailing([exactNames]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page, f.message]), [
    ["veto", "/zcjd/2025/inspect-plants/", "写作“区长甄示列”，应为“区长甄示例”"],
    ["veto", "/zcjd/2025/inspect-plants/", "写作“副区长甄示例”，但甄示例的职务是区长"],
  ]);
});
