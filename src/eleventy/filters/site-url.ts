import type { SiteConfig } from "../../lib/model/types.ts";
import { absoluteUrl } from "../../lib/site/absolute-url.ts";

/** `{{ page.url | siteUrl(site) }}`: a site path as an absolute URL on the configured domain. */
export default function siteUrl(path: string, site: SiteConfig): string {
  return absoluteUrl(path, site.baseUrl);
}
