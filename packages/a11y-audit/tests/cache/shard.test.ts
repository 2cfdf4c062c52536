import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inShard, parseShard, shardOfPath } from "../../src/cache/shard.ts";

/** A site-like page list: channels, years of articles, a few single pages. */
const paths = [
  "/",
  "/offline.html",
  "/about/",
  "/search/",
  ...["news", "notices", "events", "guides"].flatMap((channel) => [
    `/${channel}/`,
    ...Array.from({ length: 30 }, (_, i) => `/${channel}/page/${i + 2}/`),
    ...Array.from({ length: 200 }, (_, i) => `/${channel}/2025/${String(i).padStart(3, "0")}-article/`),
  ]),
];

describe("audit shards", () => {
  it("together cover every page exactly once, for every shard count from 1 to 8", () => {
    for (let count = 1; count <= 8; count++) {
      const seen = new Map<string, number>();
      for (let index = 1; index <= count; index++) {
        for (const path of paths.filter((p) => inShard(p, { index, count }))) seen.set(path, (seen.get(path) ?? 0) + 1);
      }
      assert.equal(seen.size, paths.length, `${count} shards cover every page`);
      assert.ok([...seen.values()].every((times) => times === 1), `${count} shards audit no page twice`);
    }
  });

  it("split a large site roughly evenly", () => {
    const sizes = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })).length);
    for (const size of sizes) assert.ok(size > paths.length / 4 / 1.5 && size < (paths.length / 4) * 1.5, `shard sizes ${sizes.join(", ")}`);
  });

  it("keep every existing page in its shard when pages are added or removed", () => {
    const before = new Map(paths.map((p) => [p, shardOfPath(p, 5)]));
    const grown = ["/news/2026/001-new-article/", ...paths.slice(10)];
    for (const path of grown) if (before.has(path)) assert.equal(shardOfPath(path, 5), before.get(path), path);
  });

  it("parses K/N and rejects anything else with one clear line", () => {
    assert.deepEqual(parseShard("2/4"), { index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "2", "-1/3"]) assert.throws(() => parseShard(bad), /--shard is ".*"; expected K\/N with 1 ≤ K ≤ N/);
  });
});
