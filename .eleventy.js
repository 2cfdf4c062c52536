// Eleventy configuration: a table of contents, one line a step.
// Eleventy code lives in src/eleventy/; the content model and its loaders in src/lib/.
import { register } from "tsx/esm/api";

register(); // the plugins are TypeScript

const { contentPlugin, listingData } = await import("./src/eleventy/plugins/content.ts");
const { filtersPlugin } = await import("./src/eleventy/plugins/filters.ts");
const { default: assetsPlugin } = await import("./src/eleventy/plugins/assets.ts");
const { publishPlugin } = await import("./src/eleventy/plugins/publish.ts");

/**
 * The site's Eleventy configuration. `options.content` says where the settings, channels and
 * articles live: the project's own by default; buildSite passes fixture content for tests and benchmarks.
 * `options.publish` is buildSite's session: what the previous build published, so that only what changed is rendered.
 * @param {{ content?: Partial<import("./src/lib/load-site.ts").ContentSource>, publish?: import("./src/publish/publish-session.ts").PublishSession }} [options]
 */
export function configure(options = {}) {
  /** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
  return function (eleventyConfig) {
    eleventyConfig.setInputDirectory("src/site"); // templates only: pages, layouts, components
    eleventyConfig.setIncludesDirectory("_includes"); // layouts and components, inside src/site
    eleventyConfig.setTemplateFormats(["njk"]);
    eleventyConfig.addPlugin(contentPlugin, options.content); // settings, channels, articles, feeds: loaded and checked once a build
    eleventyConfig.addPlugin(filtersPlugin); // src/eleventy/filters: one filter a file
    eleventyConfig.addPlugin(assetsPlugin); // /assets/: the stylesheet, the scripts and the icons, each also at a name fingerprinted by its content
    eleventyConfig.addPlugin(publishPlugin, { session: options.publish, listingData }); // renders only what changed; records every page for the manifest and sitemap.xml
    eleventyConfig.setQuietMode(true);
  };
}

/** `eleventy` on the command line builds the project's own content. */
export default configure();
