import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { chromiumPath } from "../browser/chromium.ts";

const require = createRequire(import.meta.url);

/** The installed version of a package, found from its entry point (some packages do not export package.json). */
function packageVersion(name: string, from: NodeJS.Require = require): string {
  let folder = dirname(from.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      /* no package.json at this level: look higher */
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the version of ${name}`);
    folder = parent;
  }
}

/** Chromium's own version line, asked once per run (`chromium --version`). */
export function chromiumVersion(path = chromiumPath): string {
  const output = execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 30_000 });
  const version = /\d+\.\d+\.\d+\.\d+/.exec(output)?.[0];
  if (!version) throw new Error(`${path} --version printed no version: ${output.trim()}`);
  return version;
}

/** Versions of everything that runs the audit; a new version of any of them re-audits every page. */
export function toolVersions(): Record<string, string> {
  const pa11yCi = createRequire(require.resolve("pa11y-ci"));
  return {
    "axe-core": packageVersion("axe-core"),
    "pa11y-ci": packageVersion("pa11y-ci"),
    pa11y: packageVersion("pa11y", pa11yCi), // the pa11y pa11y-ci itself loads
    "html-validate": packageVersion("html-validate"),
    "puppeteer-core": packageVersion("puppeteer-core"),
    chromium: chromiumVersion(),
    node: process.version,
  };
}
