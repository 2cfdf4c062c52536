import { readFile } from "node:fs/promises";
import { bundleScript } from "./bundle-script.ts";
import { bundleStylesheet } from "./bundle-stylesheet.ts";
import { fingerprintedUrl } from "./fingerprinted-url.ts";
import type { AssetOptions } from "./options.ts";
import { pointAtFingerprints } from "./point-at-fingerprints.ts";
import { staticFiles } from "./static-files.ts";

/** One asset, built: what it holds and the fingerprinted URL it is also served at. */
export interface BuiltAsset {
  url: string;
  fingerprinted: string;
  content: string | Buffer;
}

/**
 * Every asset of the site, built and named by its content before any page is rendered, so
 * that pages link to the fingerprinted names directly (no page is rewritten afterwards).
 * The static files come first: the stylesheet and the scripts may name them
 * (url(/assets/cursor-arrow.svg)), and point at their fingerprinted names before being named themselves.
 */
export async function buildAssets(options: AssetOptions): Promise<Map<string, BuiltAsset>> {
  const built = new Map<string, BuiltAsset>();
  const add = (url: string, content: string | Buffer) => built.set(url, { url, content, fingerprinted: fingerprintedUrl(url, content) });
  for (const [url, path] of staticFiles(options.files)) add(url, await readFile(path));
  const names = new Map([...built.values()].map((asset) => [asset.url, asset.fingerprinted]));
  add(options.stylesheet.url, pointAtFingerprints(bundleStylesheet(options.stylesheet.entry, options.cssTargets), names));
  const scripts = await Promise.all(options.scripts.map((script) => bundleScript(script, options.jsTarget)));
  options.scripts.forEach((script, index) => add(script.url, pointAtFingerprints(scripts[index]!, names)));
  return built;
}
