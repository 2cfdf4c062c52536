// Eleventy configuration: a table of contents, one line a step.
// The work happens in src/eleventy (Eleventy glue) and src/lib (content model and loaders).
import { register } from "tsx/esm/api";

register(); // this config imports TypeScript modules through tsx

const { default: typescriptData } = await import("./src/eleventy/plugins/typescript-data.ts");
const { filters } = await import("./src/eleventy/filters/index.ts");
const { default: assets } = await import("./src/eleventy/plugins/assets.ts");

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(typescriptData); // _data/*.ts: typed, validated loaders
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter); // src/eleventy/filters
  eleventyConfig.addPlugin(assets); // /assets/site.css and the scripts, bundled from src/site/styles and the components
  eleventyConfig.addPassthroughCopy({ "src/site/assets": "assets" }); // icons
  eleventyConfig.addWatchTarget("src/content/"); // articles live outside the template folder
  eleventyConfig.addWatchTarget("src/settings/");
  eleventyConfig.addWatchTarget("src/lib/");
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: {
    input: "src/site", // templates only
    includes: "_includes", // layouts and components
    data: "../../_data", // the TypeScript loaders at the top level
    // output: _site/ by default; `npm run build` passes a staging folder instead
  },
  templateFormats: ["njk", "11ty.js"],
  htmlTemplateEngine: "njk",
};
