import assert from "node:assert/strict";
import { test } from "node:test";
import { footer } from "../../../src/inspect/rules/footer.ts";
import { inspectFailing } from "../support/inspected-sites.ts";

test("footer: a page whose footer lost its ICP filing number is a finding naming the 47号 item", async () => {
  const { findings } = await inspectFailing([footer]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page]), [["fix", "/about/"]]);
  assert.match(findings[0]!.message, /^页脚缺少ICP备案编号/);
});
