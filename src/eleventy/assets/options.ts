import type { Targets } from "lightningcss";

/** A component's script, compiled from its TypeScript. */
export interface ScriptAsset {
  /** The component's TypeScript entry. */
  entry: string;
  /** Where the page loads it (its plain name; assetUrl gives the fingerprinted one). */
  url: string;
  /** "esm" for a `<script type="module">`, "iife" for a classic script. */
  format: "esm" | "iife";
}

export interface AssetOptions {
  stylesheet: { entry: string; url: string };
  scripts: ScriptAsset[];
  /** A folder of files served as they are (icons, cursors), and the URL folder they are served from. */
  files: { folder: string; url: string };
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
  files: { folder: "src/site/assets", url: "/assets/" },
  // about 2020–2021: phones an elderly resident may still use
  cssTargets: { chrome: version(88), android: version(88), samsung: version(15), firefox: version(78), safari: version(14), ios_saf: version(14) },
  jsTarget: "es2017",
  watch: ["src/site/styles/**/*.css", `${components}/**/*.css`, `${components}/**/*.ts`, "src/site/assets/**"],
};
