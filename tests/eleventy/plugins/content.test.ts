import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { buildInto, removeTemp, tempOutput } from "../../support/build-into.ts";
import { makeFixture, markdownArticle, realSettings, withSetting } from "../../support/fixture-content.ts";

test("two builds in one process, at the same time, each render their own content", async () => {
  const sites = ["甲", "乙"].map((name) => ({
    name,
    fixture: makeFixture(
      { [`articles/${name === "甲" ? "a" : "b"}.md`]: markdownArticle({ title: `${name}区的测试通知（虚构）` }) },
      { settings: withSetting(realSettings, "name", `测试${name}区人民政府`) },
    ),
  }));
  const outputs = await Promise.all(sites.map(() => tempOutput("content-plugin")));
  try {
    await Promise.all(sites.map((site, i) => buildInto(outputs[i]!, site.fixture.content, [])));
    sites.forEach((site, i) => {
      const other = sites[1 - i]!.name;
      const home = readFileSync(join(outputs[i]!, "index.html"), "utf8");
      assert.match(home, new RegExp(`<title>首页 — 测试${site.name}区人民政府</title>`));
      assert.ok(home.includes(`${site.name}区的测试通知（虚构）`), `${site.name}: its own article`);
      assert.ok(!home.includes(`${other}区`), `${site.name}: nothing of ${other}`);
    });
  } finally {
    await Promise.all(outputs.map(removeTemp));
  }
});
