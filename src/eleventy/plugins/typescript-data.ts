import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type NamespacedUnregister, register } from "tsx/esm/api";

/** The slice of Eleventy's config API this plugin uses. */
interface EleventyConfig {
  on(event: "eleventy.before", handler: () => unknown): void;
  addDataExtension(extension: string, options: { read: false; parser: (filePath: string) => Promise<unknown> }): void;
}

let builds = 0; // counts builds across Eleventy instances in this process

/**
 * Lets `_data/*.ts` files be data: each is imported through tsx and its
 * default export (called, when it is a function) becomes the data.
 * Each build imports through a fresh tsx namespace: the data files of one
 * build share their modules (content is read once), and a rebuild under
 * `--serve` reads edited files anew. The namespace is unique per Eleventy
 * instance too: two builds in one process (tests, benchmarks) must not share
 * modules, or the second would render the first one's content.
 */
export default function typescriptData(eleventyConfig: EleventyConfig): void {
  let build = ++builds;
  let scope: NamespacedUnregister | undefined;
  eleventyConfig.on("eleventy.before", async () => {
    build = ++builds;
    const previous = scope;
    scope = undefined;
    await previous?.unregister();
  });
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (filePath) => {
      scope ??= register({ namespace: `eleventy-data-${process.pid}-${build}` });
      const module = (await scope.import(pathToFileURL(resolve(filePath)).href, import.meta.url)) as { default?: unknown };
      const value = module.default;
      return typeof value === "function" ? await (value as () => unknown)() : value;
    },
  });
}
