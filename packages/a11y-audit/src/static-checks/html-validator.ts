import { join } from "node:path";
import { type ConfigData, HtmlValidate } from "html-validate";
import type { AuditPage, Finding } from "../types.ts";

/** Validates each built page's HTML with `config`; every message is a finding with its line and column. */
export async function validateHtml(folder: string, pages: readonly AuditPage[], config: ConfigData): Promise<Finding[]> {
  const validator = new HtmlValidate(config);
  const findings: Finding[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(folder, page.file));
    for (const message of report.results.flatMap((result) => result.messages)) {
      findings.push({
        tool: "html-validate",
        mode: "static",
        page: page.path,
        rule: message.ruleId,
        message: `${page.file}:${message.line}:${message.column}: ${message.message}`,
        selector: message.selector ?? undefined,
        helpUrl: message.ruleUrl,
      });
    }
  }
  return findings;
}
