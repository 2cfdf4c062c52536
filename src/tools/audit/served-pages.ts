import type { AuditPage, Finding } from "./types.ts";

/**
 * Fetches every page from the audit's server before the browsers start: each must
 * answer 200 with HTML. A server that does not answer fails the audit here.
 */
export async function checkPagesServed(baseUrl: string, pages: readonly AuditPage[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const page of pages) {
    const add = (message: string) => findings.push({ tool: "server", mode: "static", page: page.path, rule: "page-not-served", message });
    try {
      const response = await fetch(`${baseUrl}${encodeURI(page.path)}`);
      const type = response.headers.get("content-type") ?? "";
      await response.arrayBuffer();
      if (response.status !== 200) add(`${page.path} answered HTTP ${response.status}, expected 200`);
      else if (!type.startsWith("text/html")) add(`${page.path} was served as ${type || "no type"}, expected text/html`);
    } catch (error) {
      add(`${page.path} could not be fetched: ${String(error)}`);
    }
  }
  return findings;
}
