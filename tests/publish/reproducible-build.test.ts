import assert from "node:assert/strict";
import { test } from "node:test";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";
import { readTree } from "../support/read-tree.ts";
import { projectSite } from "../support/shared-build.ts";

test("building the same input twice gives byte-identical output, file for file", async () => {
  const first = await projectSite(); // built earlier in this run, or in an earlier run from the same code and content
  const second = await tempOutput("repro");
  try {
    await new Promise((done) => setTimeout(done, 1100)); // a clock-dependent value would now differ
    await buildInto(second);
    const a = readTree(first);
    const b = readTree(second);
    assert.ok(a.size >= 10, `the build wrote files (${a.size})`);
    assert.deepEqual([...b.keys()], [...a.keys()], "the same files");
    const different = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    assert.deepEqual(different, [], "no file differs");
  } finally {
    await removeTemp(second);
  }
});
