import assert from "node:assert/strict";
import { test } from "node:test";
import { personalData } from "../../../src/inspect/rules/personal-data.ts";
import { inspectFailing, planted } from "../support/inspected-sites.ts";

test("personal-data: the planted mobile, ID and bank card numbers are 单项否决 findings shown masked; the masked and the allowed numbers are not", async () => {
  const { findings } = await inspectFailing([personalData]);
  assert.deepEqual(findings.map((f) => [f.severity, f.page]), Array(3).fill(["veto", "/zcjd/2025/inspect-plants/"]));
  assert.deepEqual(findings.map((f) => f.message.split("（")[0]), ["公开了手机号码199****0001", "公开了身份证号码1101**********0018", "公开了银行卡号6200********0005"]);
  const report = JSON.stringify(findings);
  for (const number of Object.values(planted)) assert.ok(!report.includes(number), `the findings do not publish ${number} again`);
});
