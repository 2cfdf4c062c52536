import type { UserConfig } from "@11ty/eleventy";
import errorReportUrl from "../filters/error-report-url.ts";
import hierarchyOrder from "../filters/hierarchy-order.ts";
import siteUrl from "../filters/site-url.ts";

/** Every template filter, by the name templates use (one filter a file in src/eleventy/filters/). */
export const filters = { errorReportUrl, hierarchyOrder, siteUrl } as const;

/** Registers the template filters. */
export function filtersPlugin(eleventyConfig: UserConfig): void {
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
}
