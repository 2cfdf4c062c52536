import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { icpLookupUrl } from "../../lib/site/official-links.ts";
import type { AuditPage, Finding } from "./types.ts";

/** The public-security filing lookup every 公安备案 number links to (its query string names the number). */
const publicSecurityLookup = "https://beian.mps.gov.cn/";

/**
 * Checks that every page carries the footer 国办发〔2017〕47号 requires, with the
 * ICP filing number linked to the MIIT lookup and the 公安备案 number linked to the MPS lookup.
 */
export async function checkFooters(folder: string, pages: readonly AuditPage[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const page of pages) {
    const $ = cheerio.load(await readFile(join(folder, page.file), "utf8"));
    const add = (rule: string, message: string) => findings.push({ tool: "footer", mode: "static", page: page.path, rule, message });
    const footer = $("body footer").last();
    if (!footer.length) {
      add("footer-missing", "The page has no <footer>: 主办单位, 标识码, ICP and 公安备案 are required on every page");
      continue;
    }
    const links = footer.find("a").toArray().map((a) => ({ href: $(a).attr("href") ?? "", text: $(a).text().trim() }));
    if (!links.some((link) => link.href.startsWith(icpLookupUrl) && /ICP备\d+号/.test(link.text))) {
      add("footer-icp-link", `The footer has no ICP备案 number (…ICP备…号) linked to ${icpLookupUrl}`);
    }
    if (!links.some((link) => link.href.startsWith(publicSecurityLookup) && /公网安备\d+号?/.test(link.text))) {
      add("footer-public-security-link", `The footer has no 公安备案 number (…公网安备…号) linked to ${publicSecurityLookup}`);
    }
  }
  return findings;
}
