import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InvalidInputError } from "../../../src/lib/model/problems.ts";
import { loadTopics, parseTopics } from "../../../src/lib/settings/load-topics.ts";

const problemsOf = (text: string) => {
  try {
    parseTopics(text, "topics.yaml");
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
};

describe("the 主题分类 settings (topics.yaml)", () => {
  test("the project's list reads, each with a slug and a name", () => {
    const topics = loadTopics("src/settings/topics.yaml");
    assert.equal(topics.length, 22);
    assert.deepEqual(topics.find((t) => t.slug === "mzfp"), { slug: "mzfp", name: "民政、扶贫、救灾" });
  });

  test("a missing file is an empty list: a site without documents needs none", () => {
    assert.deepEqual(loadTopics("no/such/topics.yaml"), []);
  });

  test("bad slugs, empty names and repeated entries are refused, one line each, with their lines", () => {
    assert.deepEqual(problemsOf("- slug: Bad Slug\n  name: 综合政务\n- slug: ok\n  name: \"\"\n"), [
      '1: 0.slug: is "Bad Slug"; expected a URL slug of lowercase letters, digits and -, e.g. mzfp (the listing is /<channel>/topic/<slug>/)',
      "4: 1.name: is missing; expected the 主题分类 as documents name it, e.g. 民政、扶贫、救灾",
    ]);
    assert.deepEqual(problemsOf("- slug: a\n  name: 综合政务\n- slug: a\n  name: 其他\n"), ['3: 1.slug: "a" is listed twice; expected each slug once']);
  });
});
