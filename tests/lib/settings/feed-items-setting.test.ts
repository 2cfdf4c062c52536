import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseSettings } from "../../../src/lib/settings/load-settings.ts";

const withoutFeedItems = readFileSync("src/settings/site.yaml", "utf8").replace(/^feedItems:.*$/m, "");

test("defaults feedItems to 50 when the settings leave it out", () => {
  assert.equal(parseSettings(withoutFeedItems, "site.yaml").feedItems, 50);
});

test("reads feedItems from the settings", () => {
  assert.equal(parseSettings(`${withoutFeedItems}\nfeedItems: 120\n`, "site.yaml").feedItems, 120);
});

test("rejects a feedItems that is not a whole number from 1 to 500, naming the file, line and rule", () => {
  const text = `${withoutFeedItems}\nfeedItems: 0\n`;
  const line = text.split("\n").findIndex((l) => l.startsWith("feedItems:")) + 1;
  assert.throws(
    () => parseSettings(text, "site.yaml"),
    (error: Error) => error.message.includes(`site.yaml:${line}: feedItems:`) && error.message.includes("1 to 500"),
  );
});
