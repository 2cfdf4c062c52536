import type { SiteConfig } from "../../lib/model/types.ts";
import { errorReportUrl } from "../../lib/site/official-links.ts";

/** `{{ page.url | errorReportUrl(site) }}`: this page's 我为政府网站找错 link. */
export default function errorReportUrlFilter(pagePath: string, site: SiteConfig): string {
  return errorReportUrl(site, pagePath);
}
