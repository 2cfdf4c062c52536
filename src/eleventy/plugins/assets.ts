import type { UserConfig } from "@11ty/eleventy";
import { build, type BuildFailure, type Message } from "esbuild";
import { bundle, type Targets } from "lightningcss";

/**
 * The stylesheet and the scripts, built from the components at build time and served where
 * they always were: /assets/site.css (Lightning CSS bundles src/site/styles/site.css and the
 * components' CSS it imports) and /assets/<name>.js (esbuild compiles each component's TypeScript).
 * They are virtual templates, so `eleventy --serve` rebuilds them with the pages; the post-build
 * fingerprint step (src/publish/fingerprint) renames them afterwards like any other asset.
 */
export interface ScriptAsset {
  /** The component's TypeScript entry. */
  entry: string;
  /** Where the page loads it. */
  url: string;
  /** "esm" for a `<script type="module">`, "iife" for a classic script. */
  format: "esm" | "iife";
}

export interface AssetOptions {
  stylesheet: { entry: string; url: string };
  scripts: ScriptAsset[];
  /** The oldest browsers served: Lightning CSS adds prefixes and lowers newer syntax (light-dark()) for them. */
  cssTargets: Targets;
  /** The JavaScript syntax the scripts are compiled down to. */
  jsTarget: string;
  /** Folders whose CSS and TypeScript `eleventy --serve` watches. */
  watch: string[];
}

const components = "src/site/_includes/components";
const version = (major: number) => major << 16; // Lightning CSS encodes versions as major << 16 | minor << 8

export const defaults: AssetOptions = {
  stylesheet: { entry: "src/site/styles/site.css", url: "/assets/site.css" },
  scripts: [
    { entry: `${components}/reading-aids/reading-aids.ts`, url: "/assets/reading-aids.js", format: "iife" },
    { entry: `${components}/search-results/search-results.ts`, url: "/assets/search.js", format: "esm" },
    { entry: `${components}/feed-address/copy-link.ts`, url: "/assets/copy-link.js", format: "iife" },
  ],
  // about 2020–2021: phones an elderly resident may still use
  cssTargets: { chrome: version(88), android: version(88), samsung: version(15), firefox: version(78), safari: version(14), ios_saf: version(14) },
  jsTarget: "es2017",
  watch: ["src/site/styles/**/*.css", `${components}/**/*.css`, `${components}/**/*.ts`],
};

/** One stylesheet from an entry and its @imports, minified; a CSS error names file, line and column. */
export function bundleStylesheet(entry: string, targets: Targets = defaults.cssTargets): string {
  try {
    return bundle({ filename: entry, minify: true, targets }).code.toString();
  } catch (error) {
    const { fileName, loc, message } = error as { fileName?: string; loc?: { line: number; column: number }; message: string };
    throw new Error(`${fileName ?? entry}:${loc ? `${loc.line}:${loc.column}` : ""}: ${message}`);
  }
}

/** One script from a TypeScript entry (and what it imports), minified; an error names file and line. */
export async function bundleScript(script: Omit<ScriptAsset, "url">, target = defaults.jsTarget): Promise<string> {
  try {
    const result = await build({
      entryPoints: [script.entry],
      bundle: true,
      external: ["/pagefind/*"], // the search index, loaded by the browser at run time
      format: script.format,
      target,
      minify: true,
      charset: "utf8",
      legalComments: "none",
      write: false,
      logLevel: "silent",
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    const messages = (error as BuildFailure).errors ?? [];
    if (messages.length === 0) throw error;
    throw new Error(messages.map((m: Message) => `${m.location?.file ?? script.entry}:${m.location?.line ?? ""}: ${m.text}`).join("\n"));
  }
}

/** Adds the stylesheet and the scripts to the build as virtual templates at their URLs. */
export default function assets(eleventyConfig: UserConfig, userOptions: Partial<AssetOptions> = {}): void {
  const options: AssetOptions = { ...defaults, ...userOptions };
  eleventyConfig.addTemplateFormats("11ty.js"); // the virtual templates below are JavaScript templates
  const asset = (url: string, render: () => string | Promise<string>) =>
    eleventyConfig.addTemplate(`${url.slice(1)}.11ty.js`, { data: { permalink: url, eleventyExcludeFromCollections: true }, render });
  asset(options.stylesheet.url, () => bundleStylesheet(options.stylesheet.entry, options.cssTargets));
  for (const script of options.scripts) asset(script.url, () => bundleScript(script, options.jsTarget));
  for (const target of options.watch) eleventyConfig.addWatchTarget(target);
}
