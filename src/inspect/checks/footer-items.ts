import type { CheerioAPI } from "cheerio";
import { icpLookupUrl } from "../../lib/site/official-links.ts";

/** The public-security filing lookup every 公安备案 number links to (its query string names the number). */
export const publicSecurityLookup = "https://beian.mps.gov.cn/";

/** The national 我为政府网站找错 form (its query names the site's 标识码 and the page). */
export const errorReportForm = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html";

/** A 47号 footer item a page lacks: the rule id, the item's name, and what is expected, in words. */
export interface FooterProblem {
  rule: string;
  /** The item as 国办发〔2017〕47号 names it, e.g. ICP备案编号. */
  item: string;
  message: string;
}

/**
 * The footer 《政府网站发展指引》(国办发〔2017〕47号) requires on every page: 主办单位, 联系方式,
 * 网站标识码, 我为政府网站找错, the ICP filing number linked to the MIIT lookup and the 公安备案
 * number linked to the MPS lookup. (党政机关网站标识 needs the site's id: `npm run inspect`
 * reports a site without one once, not on every page.) Shared by the accessibility audit
 * (audit.config.ts) and `npm run inspect`.
 */
export function footerProblems($: CheerioAPI): FooterProblem[] {
  const footer = $("body footer").last();
  if (!footer.length) return [{ rule: "footer-missing", item: "页脚", message: "The page has no <footer>: 主办单位, 标识码, ICP and 公安备案 are required on every page" }];
  const links = footer.find("a").toArray().map((a) => ({ href: $(a).attr("href") ?? "", text: $(a).text().trim() }));
  const text = footer.text().replace(/\s+/g, " ");
  const linked = (lookup: string, number: RegExp) => links.some((link) => link.href.startsWith(lookup) && number.test(link.text));
  const problems: FooterProblem[] = [];
  const expect = (ok: boolean, rule: string, item: string, message: string) => ok || problems.push({ rule, item, message });
  expect(linked(icpLookupUrl, /ICP备\d+号/), "footer-icp-link", "ICP备案编号", `The footer has no ICP备案 number (…ICP备…号) linked to ${icpLookupUrl}`);
  expect(linked(publicSecurityLookup, /公网安备\d+号?/), "footer-public-security-link", "公安机关备案标识", `The footer has no 公安备案 number (…公网安备…号) linked to ${publicSecurityLookup}`);
  expect(/主办[:：]\s*\S/.test(text), "footer-sponsor", "主办单位", "The footer names no 主办单位 (主办：…)");
  expect(/网站标识码[:：]?\s*(\d{10}|bm\d{8})/.test(text), "footer-site-id", "网站标识码", "The footer shows no 政府网站标识码 (网站标识码：10 digits, or bm + 8)");
  expect(links.some((link) => link.href.startsWith(`${errorReportForm}?site_code=`) && link.text.includes("找错")), "footer-error-report", "我为政府网站找错", `The footer has no 我为政府网站找错 link to ${errorReportForm}?site_code=…`);
  expect(/(电话|联系我们|联系方式)/.test(text), "footer-contact", "联系方式", "The footer gives no 联系方式 (a phone number or a 联系我们 link)");
  return problems;
}
