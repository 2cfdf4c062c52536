import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { editDistance } from "../../../src/inspect/detect/edit-distance.ts";
import { type ExactName, findNearMisses } from "../../../src/inspect/detect/near-misses.ts";

const leaders: ExactName[] = [{ name: "甄示例", title: "区长" }, { name: "贾样本", title: "副区长" }, { name: "甄示范", title: "区委书记" }];
const misses = (text: string, names: ExactName[] = leaders) => findNearMisses(text, names).map((m) => `${m.kind} ${m.written} → ${m.correct}`);

describe("findNearMisses", () => {
  test("counts edits by character", () => {
    assert.equal(editDistance("甄示例", "甄示列"), 1);
    assert.equal(editDistance("甄示例", "甄示"), 1);
    assert.equal(editDistance("甄示例", "贾样本"), 3);
  });

  test("finds a name one character off right after its title", () => {
    assert.deepEqual(misses("区长甄示列出席会议。"), ["name 区长甄示列 → 区长甄示例"]);
  });

  test("accepts the names as written, another configured name, and ordinary words after a title", () => {
    assert.deepEqual(misses("区长甄示例、副区长贾样本出席。区长信箱、区长办公会照常。区委书记甄示范讲话。"), []);
    assert.deepEqual(misses("区长甄示范"), ["title 区长甄示范 → 区委书记甄示范"], "甄示范 is another configured name: not a near-miss of 甄示例, but the wrong title");
  });

  test("does not read 区长 inside 副区长 as the 区长's title", () => {
    assert.deepEqual(misses("副区长贾样木主持。"), ["name 副区长贾样木 → 副区长贾样本"]);
  });

  test("finds a leader given another leader's title", () => {
    assert.deepEqual(misses("副区长甄示例主持会议。"), ["title 副区长甄示例 → 区长甄示例"]);
  });

  test("finds an office's name (five characters or more) one character off anywhere", () => {
    assert.deepEqual(misses("请联系示例街道办市处。", [{ name: "示例街道办事处" }]), ["name 示例街道办市处 → 示例街道办事处"]);
    assert.deepEqual(misses("请联系示例街道办事处。", [{ name: "示例街道办事处" }]), []);
  });
});
