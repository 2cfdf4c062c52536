import type { SiteConfig } from "../../lib/model/types.ts";

/** `{{ page.url | siteUrl(site) }}`: a site path as an absolute URL on the configured domain. */
export default function siteUrl(path: string, site: SiteConfig): string {
  return new URL(path, `${site.baseUrl}/`).href;
}
