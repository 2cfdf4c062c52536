import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { findInvalidInput } from "../../src/publish/build-errors.ts";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";
import { readTree } from "../support/read-tree.ts";

const article = (title: string, body: string) => `---\ntitle: ${title}\nchannel: gzdt\ndate: 2025-05-01 09:00\n---\n${body}\n`;

let content: string;
let output: string;

before(() => {
  content = mkdtempSync(join(tmpdir(), "xc-atomic-content-"));
  mkdirSync(join(content, "articles"));
  mkdirSync(join(content, "legacy"));
});

after(async () => {
  rmSync(content, { recursive: true, force: true });
  if (output) await removeTemp(output);
});

/** Staging or previous-output folders a build left beside the output. */
const leftovers = () => readdirSync(dirname(output)).filter((name) => name !== basename(output));

test("a build with invalid content fails and leaves the previous output exactly as it was, with no staging folder", async () => {
  writeFileSync(join(content, "articles/first.md"), article("第一篇", "第一篇的正文。"));
  output = await tempOutput("atomic");
  await buildInto(output, { contentDir: content });
  const before = readTree(output);
  assert.ok(before.has("/gzdt/2025/first/index.html"));

  writeFileSync(join(content, "articles/second.md"), article("第二篇", "第二篇的正文。"));
  writeFileSync(join(content, "articles/broken.md"), "---\ntitle: 坏的\nchannel: gzdt\ndate: 2025-02-30\n---\n正文\n");
  const error = await buildInto(output, { contentDir: content }).then(
    () => assert.fail("the build should fail"),
    (reason: unknown) => reason,
  );
  const invalid = findInvalidInput(error);
  assert.ok(invalid, `the failure is an invalid-input report: ${String(error)}`);
  assert.match(invalid.message, /broken\.md:4: date: /);

  assert.deepEqual(readTree(output), before, "every file as before, none added");
  assert.deepEqual(leftovers(), [], "no staging folder left");
});

test("a failing post-build step also leaves the previous output untouched", async () => {
  rmSync(join(content, "articles/broken.md"));
  const before = readTree(output);
  await assert.rejects(
    buildInto(output, { contentDir: content }, [async () => Promise.reject(new Error("search index failed"))]),
    /search index failed/,
  );
  assert.deepEqual(readTree(output), before);
  assert.deepEqual(leftovers(), []);
});

test("a successful build replaces the whole output: a removed article's page is gone", async () => {
  rmSync(join(content, "articles/first.md"));
  await buildInto(output, { contentDir: content });
  const after = readTree(output);
  assert.ok(after.has("/gzdt/2025/second/index.html"));
  assert.equal(after.has("/gzdt/2025/first/index.html"), false, "no stale page survives");
  assert.deepEqual(leftovers(), []);
});
