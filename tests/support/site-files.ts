import { listSiteFiles, pagePathOf } from "../../src/publish/site-files.ts";

/** Every file of a built site, as site paths (/gzdt/index.html), sorted. */
export function siteFiles(folder: string): string[] {
  return listSiteFiles(folder).map((file) => `/${file}`);
}

/** The URL path a reader uses for a built HTML file: /gzdt/index.html → /gzdt/. */
export const pageUrl = pagePathOf;
