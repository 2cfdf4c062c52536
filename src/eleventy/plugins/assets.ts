import type { UserConfig } from "@11ty/eleventy";
import { type BuiltAsset, buildAssets } from "../assets/build-assets.ts";
import { type AssetOptions, defaults } from "../assets/options.ts";
import { staticFiles } from "../assets/static-files.ts";

/**
 * The stylesheet, the scripts and the static files (icons), each served at its plain URL and at a
 * fingerprinted one named by its content (/assets/site.3f2a9c1d0b.css; deploy/nginx.conf caches
 * those for a year). Lightning CSS bundles src/site/styles/site.css and the components' CSS it
 * imports; esbuild compiles each component's TypeScript; the files of src/site/assets are served
 * as they are. All are built, and named, in `eleventy.before`, before any page is rendered:
 * templates ask for the fingerprinted URL with the `assetUrl` filter
 * (`{{ "/assets/site.css" | assetUrl }}`), so no page is rewritten after the build.
 * They are virtual templates, so `eleventy --serve` rebuilds them with the pages.
 */
export default function assets(eleventyConfig: UserConfig, userOptions: Partial<AssetOptions> = {}): void {
  const options: AssetOptions = { ...defaults, ...userOptions };
  let built: Map<string, BuiltAsset> | undefined;
  const builtAsset = (url: string): BuiltAsset => {
    if (!built) throw new Error(`The asset ${url} was asked for before eleventy.before built the assets`);
    const asset = built.get(url);
    if (!asset) throw new Error(`No asset is served at ${url}; expected one of ${[...built.keys()].join(", ")}`);
    return asset;
  };

  eleventyConfig.on("eleventy.before", async () => {
    built = undefined; // a failed build must not leave the previous build's assets in place
    built = await buildAssets(options);
  });
  eleventyConfig.addFilter("assetUrl", (url: string) => builtAsset(url).fingerprinted);

  eleventyConfig.addTemplateFormats("11ty.js"); // the virtual templates below are JavaScript templates
  const urls = [...staticFiles(options.files).map(([url]) => url), options.stylesheet.url, ...options.scripts.map((script) => script.url)];
  for (const url of urls) {
    const render = () => builtAsset(url).content;
    const data = { eleventyExcludeFromCollections: true };
    eleventyConfig.addTemplate(`${url.slice(1)}.11ty.js`, { data: { ...data, permalink: url }, render });
    eleventyConfig.addTemplate(`${url.slice(1)}.fingerprinted.11ty.js`, { data: { ...data, permalink: () => builtAsset(url).fingerprinted }, render });
  }
  for (const target of options.watch) eleventyConfig.addWatchTarget(target);
}
