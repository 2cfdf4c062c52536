import { acceptedStatuses, type PageStatuses } from "../pages/accepted-statuses.ts";
import type { AuditPage, Finding } from "../types.ts";

/**
 * Fetches every page from the audit's server before the browsers start: each must
 * answer 200 with HTML (a known extra page may answer the statuses it lists, e.g. a
 * not-found page 404). A server that does not answer fails the audit here.
 */
export async function checkPagesServed(baseUrl: string, pages: readonly AuditPage[], knownExtraPages: readonly PageStatuses[] = []): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const page of pages) {
    const add = (message: string) => findings.push({ tool: "server", mode: "static", page: page.path, rule: "page-not-served", message });
    try {
      const response = await fetch(`${baseUrl}${encodeURI(page.path)}`);
      const type = response.headers.get("content-type") ?? "";
      await response.arrayBuffer();
      const accepted = acceptedStatuses(page.path, knownExtraPages);
      if (!accepted.includes(response.status)) add(`${page.path} answered HTTP ${response.status}, expected ${accepted.join(" or ")}`);
      else if (!type.startsWith("text/html")) add(`${page.path} was served as ${type || "no type"}, expected text/html`);
    } catch (error) {
      add(`${page.path} could not be fetched: ${String(error)}`);
    }
  }
  return findings;
}
