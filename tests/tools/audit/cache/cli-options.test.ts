import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { describe, it } from "node:test";
import { promisify } from "node:util";

const run = promisify(execFile);

describe("npm run audit's cache and shard options", () => {
  it("rejects a malformed --shard with one line saying what is expected, before auditing anything", async () => {
    await assert.rejects(run(process.execPath, ["--import", "tsx", "src/tools/audit/cli.ts", "--folder", "_site", "--shard", "5/4"]), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /--shard is "5\/4"; expected K\/N with 1 ≤ K ≤ N, e.g. 2\/4/);
      return true;
    });
  });
});
