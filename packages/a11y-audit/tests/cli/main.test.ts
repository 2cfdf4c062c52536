import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/a11y-audit.js", import.meta.url));
const recordImports = fileURLToPath(new URL("../support/record-imports.mjs", import.meta.url));
const fixtureConfig = fileURLToPath(new URL("../fixtures/audit.config.ts", import.meta.url));
const cleanSite = fileURLToPath(new URL("../fixtures/clean-site/", import.meta.url));

let folder: string;

/** Runs the `a11y-audit` command with arguments and environment; returns its exit code and output. */
async function audit(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<{ code: number; output: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr, stderr: failed.stderr };
  }
}

describe("the a11y-audit command", () => {
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "a11y-audit-cli-"));
  });
  after(async () => rm(folder, { recursive: true, force: true }));

  it("rejects a malformed --shard with one line and exit code 2, before importing the runner or the browser library", async () => {
    const log = join(folder, "imports.log");
    const { code, stderr } = await audit(["--folder", cleanSite, "--shard", "5/4"], { A11Y_AUDIT_IMPORTS_LOG: log }, ["--import", recordImports]);
    assert.equal(code, 2);
    assert.equal(stderr.split("\n")[0], '--shard is "5/4"; expected K/N with 1 ≤ K ≤ N, e.g. 2/4');
    assert.match(stderr, /^usage: a11y-audit /m);
    const imported = (await readFile(log, "utf8")).split("\n");
    assert.ok(imported.some((url) => url.endsWith("/src/cli/parse-args.ts")), "the recording sees the CLI's own modules");
    assert.deepEqual(imported.filter((url) => /run-audit\.ts|puppeteer|pa11y|axe-core|html-validate|audit\.config/.test(url)), []);
  });

  it("rejects a server the config does not have, naming those it has", async () => {
    const { code, stderr } = await audit(["--config", fixtureConfig, "--folder", cleanSite, "--server", "apache"]);
    assert.equal(code, 2);
    assert.equal(stderr.split("\n")[0], "--server takes static, not apache");
  });

  it("rejects a config file that does not exist", async () => {
    const { code, stderr } = await audit(["--config", join(folder, "missing.config.ts")]);
    assert.equal(code, 2);
    assert.equal(stderr.split("\n")[0], `--config names ${join(folder, "missing.config.ts")}, which does not exist`);
  });

  it("fails, saying why, when there is no browser to run it in", async () => {
    const { code, output } = await audit(["--config", fixtureConfig, "--folder", cleanSite], { CHROME_PATH: "/nonexistent/chromium" });
    assert.equal(code, 1);
    assert.match(output, /Chromium not found at \/nonexistent\/chromium/);
    assert.match(output, /The audit did not complete: FAILED/);
  });

  it("fails before auditing anything when the exceptions file is invalid, one line per problem", async () => {
    const file = join(folder, "exceptions.yaml");
    await writeFile(file, "exceptions:\n  - rule: color-contrast\n    pages: /\n");
    const { code, output } = await audit(["--config", fixtureConfig, "--folder", cleanSite, "--exceptions", file]);
    assert.equal(code, 1);
    assert.match(output, new RegExp(`${file}:2: exceptions\\.0\\.reason: is missing; expected why the finding is accepted`));
    assert.match(output, new RegExp(`${file}:2: exceptions\\.0\\.issue: is missing`));
    assert.match(output, /The audit did not complete: FAILED/);
  });

  it("fails before auditing anything when the config is invalid, one line per problem, all at once", async () => {
    const file = join(folder, "bad.config.mts");
    await writeFile(
      file,
      `export default { extraDisplayModes: [{ name: "phone", description: "again", viewport: { width: 300, height: 600 }, checks: [] }], knownExtraPages: [{ path: "offline.html" }], colour: "red" };\n`,
    );
    const { code, stderr } = await audit(["--config", file, "--folder", cleanSite]);
    assert.equal(code, 1);
    assert.deepEqual(stderr.trim().split("\n"), [
      "Invalid input, nothing was audited (3 problems):",
      `  ${file}: knownExtraPages.0.path: is "offline.html"; expected a page path starting with "/", e.g. "/offline.html"`,
      `  ${file}: colour: is not a known field (check its spelling)`,
      `  ${file}: extraDisplayModes.0.name: is "phone"; expected a name that is not already a display mode's`,
      "The audit did not complete: FAILED.",
    ]);
  });
});
