import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { gnuTime, runMeasured } from "../../../src/bench/build/run-measured.ts";

const scratch = mkdtempSync(join(tmpdir(), "xc-run-measured-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A child that holds 200 MB of touched memory for a moment. */
const hungry = join(scratch, "hungry.mjs");
writeFileSync(hungry, "const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log(process.argv.slice(2).join(' '), b[5]);\n");
const failing = join(scratch, "failing.mjs");
writeFileSync(failing, "console.error('broken on purpose'); process.exit(3);\n");

describe("measuring a child process", () => {
  for (const probe of ["gnu-time", "node"] as const) {
    test(`reports a peak RSS above what the child touched, with the ${probe} probe`, { skip: probe === "gnu-time" && !existsSync(gnuTime) && `${gnuTime} is not installed` }, async () => {
      const run = await runMeasured([], hungry, ["hello", "world"], { probe });
      assert.match(run.stdout, /^hello world 1$/m, "the child received its arguments");
      assert.ok(run.peakRssBytes > 200 * 1024 * 1024, `peak ${run.peakRssBytes}`);
      assert.ok(run.peakRssBytes < 2 * 1024 ** 3, `peak ${run.peakRssBytes}`);
      assert.ok(run.wallMs > 0);
      assert.ok(run.cpuMs > 0 && run.cpuMs < 60_000, `CPU ${run.cpuMs} ms`);
    });
  }

  test("fails with the child's output when it exits non-zero", async () => {
    await assert.rejects(runMeasured([], failing, []), /exited with 3:\n[\s\S]*broken on purpose/);
  });
});
