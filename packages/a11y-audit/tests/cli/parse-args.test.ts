import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCliArgs } from "../../src/cli/parse-args.ts";

describe("the audit's command line", () => {
  it("leaves to the config whatever is not given", () => {
    assert.deepEqual(parseCliArgs([]), { help: false, full: false, server: "static" });
  });

  it("reads every option", () => {
    assert.deepEqual(
      parseCliArgs(["--config", "site.config.ts", "--folder", "out", "--report", "r", "--exceptions", "x.yaml", "--full", "--shard", "2/4", "--cache", "c", "--server", "nginx"]),
      { help: false, config: "site.config.ts", folder: "out", report: "r", exceptions: "x.yaml", full: true, shard: { index: 2, count: 4 }, cache: "c", server: "nginx" },
    );
    assert.equal(parseCliArgs(["--no-cache"]).cache, null);
    assert.equal(parseCliArgs(["-h"]).help, true);
  });

  it("rejects a mistake with one line saying what is expected", () => {
    assert.throws(() => parseCliArgs(["--shard", "5/4"]), /^Error: --shard is "5\/4"; expected K\/N with 1 ≤ K ≤ N, e.g. 2\/4$/);
    assert.throws(() => parseCliArgs(["--cache", "c", "--no-cache"]), /^Error: --cache and --no-cache cannot go together$/);
    assert.throws(() => parseCliArgs(["--server", "Big Server"]), /^Error: --server takes a server's name \(static, or one of the config's servers\), not Big Server$/);
    assert.throws(() => parseCliArgs(["--folder", ""]), /^Error: --folder needs a path$/);
    assert.throws(() => parseCliArgs(["--colour"]), /Unknown option '--colour'/);
  });
});
