import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import type { AuditPage, Finding } from "./types.ts";

/** html-validate's presets the site must meet (`recommended` adds style rules, e.g. it rejects `<!doctype html>`). */
export const htmlValidateConfig = { extends: ["html-validate:standard", "html-validate:a11y"] };

/** Validates each built page's HTML; every message is a finding with its line and column. */
export async function validateHtml(folder: string, pages: readonly AuditPage[]): Promise<Finding[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
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
