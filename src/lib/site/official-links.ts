import { absoluteUrl } from "./absolute-url.ts";
import type { SiteConfig } from "../model/types.ts";

/** The MIIT filing lookup that every ICP number links to. */
export const icpLookupUrl = "https://beian.miit.gov.cn/";

/** The public-security filing lookup for this site's number. */
export function publicSecurityUrl(site: SiteConfig): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${site.publicSecurityCode}`;
}

/** The 党政机关网站标识 verification page, when the site has an id. */
export function conacUrl(site: SiteConfig): string | undefined {
  return site.conacId ? `https://bszs.conac.cn/sitename?method=show&id=${encodeURIComponent(site.conacId)}` : undefined;
}

/**
 * The national 我为政府网站找错 form for one page: it takes the site's 标识码
 * and the page's own absolute URL, so a static page can build it without script.
 */
export function errorReportUrl(site: SiteConfig, pagePath: string): string {
  const pageUrl = absoluteUrl(pagePath, site.baseUrl);
  return `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${encodeURIComponent(site.siteIdCode)}&url=${encodeURIComponent(pageUrl)}`;
}
