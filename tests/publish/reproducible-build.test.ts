import assert from "node:assert/strict";
import { test } from "node:test";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";
import { readTree } from "../support/read-tree.ts";

test("building the same input twice gives byte-identical output, file for file", async () => {
  const first = await tempOutput("repro-a");
  const second = await tempOutput("repro-b");
  try {
    await buildInto(first);
    await new Promise((done) => setTimeout(done, 1100)); // a clock-dependent value would now differ
    await buildInto(second);
    const a = readTree(first);
    const b = readTree(second);
    assert.ok(a.size >= 10, `the build wrote files (${a.size})`);
    assert.deepEqual([...b.keys()], [...a.keys()], "the same files");
    const different = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    assert.deepEqual(different, [], "no file differs");
  } finally {
    await removeTemp(first);
    await removeTemp(second);
  }
});
