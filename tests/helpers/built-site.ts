import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../../src/tools/build-site.ts";

/** Builds the site (or a fixture, when `env` points the loaders at one) into a fresh temp folder. */
export async function buildInto(env: Record<string, string> = {}, output = join(mkdtempSync(join(tmpdir(), "xc-build-")), "site")): Promise<string> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await buildSite({ output });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return output;
}

/** Every HTML file of a built site: its site path (`/gzdt/`) and its text. */
export function htmlPages(folder: string): { path: string; file: string; html: string }[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => ({
      path: `/${file.replace(/index\.html$/, "")}`,
      file,
      html: readFileSync(join(folder, file), "utf8"),
    }));
}
