import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs `npm run audit`'s script with arguments and environment; returns its exit code and output. */
async function audit(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/tools/audit/cli.ts", ...args], { env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("npm run audit", () => {
  it("fails, saying why, when there is no browser to run it in", async () => {
    const { code, output } = await audit(["--folder", "_site"], { CHROME_PATH: "/nonexistent/chromium" });
    assert.equal(code, 1);
    assert.match(output, /Chromium not found at \/nonexistent\/chromium/);
    assert.match(output, /The audit did not complete: FAILED/);
  });

  it("fails before auditing anything when the exceptions file is invalid, one line per problem", async () => {
    const folder = await mkdtemp(join(tmpdir(), "xc-cli-"));
    try {
      const file = join(folder, "exceptions.yaml");
      await writeFile(file, "exceptions:\n  - rule: color-contrast\n    pages: /\n");
      const { code, output } = await audit(["--folder", folder, "--exceptions", file]);
      assert.equal(code, 1);
      assert.match(output, new RegExp(`${file}:2: exceptions\\.0\\.reason: is missing; expected why the finding is accepted`));
      assert.match(output, new RegExp(`${file}:2: exceptions\\.0\\.issue: is missing`));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
