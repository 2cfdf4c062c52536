import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { cleanDay, cleanSite, failingDay, failingSite, portalSource } from "./support/inspected-sites.ts";

/** Runs `npm run inspect` as an operator would (through tsx), on already built sites. */
function inspect(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/inspect/cli.ts", ...args], { encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("npm run inspect exits 1 on a 单项否决, 0 on a clean site, 2 on a wrong command line, and writes the report and its JSON", async () => {
  const reports = mkdtempSync(join(tmpdir(), "xc-inspect-report-"));
  const site = await failingSite();
  try {
    const failing = inspect(["--folder", site.folder, "--settings", site.source.settingsDir, "--content", site.source.contentDir, "--date", failingDay, "--report", join(reports, "failing")]);
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /^VETO personal-data: \/zcjd\/2025\/inspect-plants\/: 公开了手机号码199\*\*\*\*0001/m);
    assert.match(failing.stdout, /single-veto \(单项否决\) finding/);
    const json = JSON.parse(readFileSync(join(reports, "failing", "inspect.json"), "utf8"));
    assert.equal(json.verdict, "fail");
    assert.ok(existsSync(join(reports, "failing", "index.html")));

    const clean = inspect(["--folder", await cleanSite(), "--settings", portalSource.settingsDir, "--content", portalSource.contentDir, "--date", cleanDay, "--report", join(reports, "clean")]);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /0 single-veto \(单项否决\) finding\(s\), 0 to fix/);

    for (const wrong of [["--date", "2025-02-30"], ["--freshness", "sometimes"], ["--colour"]]) {
      const usage = inspect(wrong);
      assert.equal(usage.status, 2, wrong.join(" "));
      assert.match(usage.stderr, /usage: npm run inspect/);
    }
  } finally {
    site.remove();
    rmSync(reports, { recursive: true, force: true });
  }
});
