import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listSiteFiles } from "../../../src/publish/site-files.ts";

/** Every file under `folder`, as paths relative to it, sorted. */
export const listFiles = (folder: string) => listSiteFiles(folder);

/** The feed files of a built site, by format. */
export function feedFiles(output: string): { rss: string[]; atom: string[]; json: string[] } {
  const files = listFiles(join(output, "feeds")).map((f) => join(output, "feeds", f));
  return {
    rss: files.filter((f) => f.endsWith("rss.xml")),
    atom: files.filter((f) => f.endsWith("atom.xml")),
    json: files.filter((f) => f.endsWith("feed.json")),
  };
}

/**
 * Runs xmllint (namespace-aware). libxml2 2.9 reports a namespace error
 * (an undeclared prefix) on stderr but still exits 0, so anything on stderr
 * counts as a failure too. Returns the status and messages instead of throwing.
 */
export function xmllint(args: string[]): { ok: boolean; output: string; errors: string } {
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0 && result.stderr.trim() === "", output: result.stdout, errors: result.stderr };
}

/** Evaluates an XPath 1.0 expression on a file with xmllint. */
export function xpath(file: string, expression: string): string {
  const { ok, output, errors } = xmllint(["--xpath", expression, file]);
  if (!ok) throw new Error(`xmllint --xpath ${expression} ${file} failed: ${errors}`);
  return output.trim();
}

export const read = (file: string) => readFileSync(file, "utf8");
