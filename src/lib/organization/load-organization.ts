import { join } from "node:path";
import type { z } from "zod";
import { checkHeadings } from "../content/check-headings.ts";
import { checkImages } from "../content/check-images.ts";
import { renderMarkdown } from "../content/markdown.ts";
import type { BuildProblem, Department, Organization, PublishTime } from "../model/types.ts";
import type { ParsedYaml } from "../text/yaml-with-lines.ts";
import { validateOptionalYamlFile } from "../text/validate-yaml.ts";
import { departmentRules, departmentsSchema, leaderRules, leadersSchema, overviewRules, overviewSchema } from "./organization-schema.ts";

/** The files of the organization folder (content/organization/). */
export function organizationFiles(folder: string): { overview: string; departments: string; leaders: string } {
  return { overview: join(folder, "overview.yaml"), departments: join(folder, "departments.yaml"), leaders: join(folder, "leaders.yaml") };
}

/** A department as read, before the build knows its URL (its section's). */
export type DepartmentDraft = Omit<Department, "url">;

/** The organization data as read: departments without their URLs yet. */
export interface OrganizationDraft extends Omit<Organization, "departments"> {
  departments?: { updated?: PublishTime | undefined; list: DepartmentDraft[] } | undefined;
}

/** Reads one optional file with its schema; `use` turns valid data into what the site needs, adding problems of its own. */
function readPart<S extends z.ZodType, T>(file: string, schema: S, rules: Readonly<Record<string, string>>, use: (data: z.output<S>, parsed: ParsedYaml, problems: BuildProblem[]) => T): { value?: T | undefined; problems: BuildProblem[] } {
  const { data, parsed, problems } = validateOptionalYamlFile(file, schema, rules);
  return data && parsed ? { value: use(data, parsed, problems), problems } : { problems };
}

/**
 * Reads 区情概况, 机构职能 and 领导信息 (content/organization/) where the site has them: each file
 * optional, each checked by its schema, every problem of every file at once.
 */
export function loadOrganization(folder: string): { organization: OrganizationDraft; problems: BuildProblem[] } {
  const files = organizationFiles(folder);
  const overview = readPart(files.overview, overviewSchema, overviewRules, (data, parsed, problems) => {
    const rendered = renderMarkdown(data.body.trim());
    const first = (parsed.lineOf(["body"]) ?? 0) + 1; // a block scalar's text starts on the line after body: |
    const at = <T extends { line: number }>(items: T[]) => items.map((item) => ({ ...item, line: first + item.line }));
    problems.push(...checkHeadings(at(rendered.headings), files.overview), ...checkImages(at(rendered.images), files.overview));
    return { updated: data.updated, facts: data.facts, bodyHtml: rendered.html };
  });
  const departments = readPart(files.departments, departmentsSchema, departmentRules, (data, parsed, problems) => {
    const seen = new Set<string>();
    data.departments.forEach((department, index) => {
      const field = `departments.${index}.slug`;
      if (seen.has(department.slug)) problems.push({ file: files.departments, line: parsed.lineOf(["departments", index, "slug"]), field, message: `"${department.slug}" is used by two departments; expected each slug once` });
      seen.add(department.slug);
    });
    return { updated: data.updated, list: data.departments };
  });
  const leaders = readPart(files.leaders, leadersSchema, leaderRules, (data) => ({ updated: data.updated, list: data.leaders }));
  return {
    organization: { overview: overview.value, departments: departments.value, leaders: leaders.value },
    problems: [...overview.problems, ...departments.problems, ...leaders.problems],
  };
}
