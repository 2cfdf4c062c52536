import type { ConfigData } from "html-validate";
import { z } from "zod";
import { AuditInputError } from "../input/audit-input-error.ts";
import { problemsFromZod } from "../input/problems-from-zod.ts";
import type { PageStatuses } from "../pages/accepted-statuses.ts";
import { defaultPa11yConfigFile } from "../pa11y/default-config-file.ts";
import { serveStatic } from "../serve/serve-static.ts";
import { builtInTools } from "../types.ts";
import type { AuditConfig, AuditServer, BuildStep, PageCheck } from "./audit-config.ts";
import { defaultDisplayModes, type DisplayMode } from "./display-modes.ts";

/** WCAG 2.2 AA and axe's best practices (pa11y's own axe runner stops at WCAG 2.1). */
export const defaultAxeTags: readonly string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The package's own web server: a static host on a free port (directory URLs serve index.html, unknown paths 404.html). */
export const staticServer: AuditServer = { start: (folder) => serveStatic(folder) };

/** The audit's settings when a site sets nothing; a site's config is merged over them (see resolveAuditConfig). */
export const auditDefaults = {
  folder: "_site",
  report: "reports/a11y",
  exceptions: "audit-exceptions.yaml",
  cache: ".cache/audit",
  /** The package's modes; a site's `extraDisplayModes` come after them. */
  displayModes: [...defaultDisplayModes] as DisplayMode[],
  pageChecks: [] as PageCheck[],
  knownExtraPages: [] as PageStatuses[],
  build: undefined as BuildStep | undefined,
  /** The package's own server; a site's `servers` are added to it. */
  servers: { static: staticServer } as Record<string, AuditServer>,
  axe: { tags: [...defaultAxeTags], rules: {} as Record<string, { enabled: boolean }> },
  pa11y: { configFile: defaultPa11yConfigFile, options: {} as Record<string, unknown> },
  /** html-validate's presets (`recommended` adds style rules, e.g. it rejects `<!doctype html>`). */
  htmlValidate: { extends: ["html-validate:standard", "html-validate:a11y"] } as ConfigData,
  scriptOnlyControls: undefined as string | undefined,
  concurrency: 2,
};

/** A config with every default filled in, display modes and servers merged with the package's own. */
export type ResolvedAuditConfig = typeof auditDefaults;

const isFunction = (signature: string) => z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", `a function ${signature}`);
const text = z.string().min(1);

const modeSchema = z.strictObject({
  name: text.regex(/^[a-z0-9-]+$/),
  description: text,
  viewport: z.strictObject({ width: z.number().int().positive(), height: z.number().int().positive(), isMobile: z.boolean().optional(), hasTouch: z.boolean().optional() }),
  media: z.array(z.strictObject({ name: text, value: text })).optional(),
  css: z.string().optional(),
  htmlAttributes: z.record(text, z.string()).optional(),
  javaScript: z.boolean().optional(),
  keyboard: z.boolean().optional(),
  extraAxeRules: z.boolean().optional(),
  checks: z.array(z.union([z.enum(["no-horizontal-scroll", "no-clipped-text", "no-overlapping-text", "content-as-with-javascript"]), z.string().regex(/^targets-\d+$/)])),
});

const configSchema = z.strictObject({
  folder: text.optional(),
  report: text.optional(),
  exceptions: text.optional(),
  cache: text.optional(),
  extraDisplayModes: z.array(modeSchema).optional(),
  pageChecks: z.array(z.strictObject({ tool: text.regex(/^[a-z0-9:-]+$/), description: text, check: isFunction("(page) => problems") })).optional(),
  knownExtraPages: z.array(z.strictObject({ path: text.startsWith("/"), statuses: z.array(z.number().int().min(100).max(599)).min(1).optional() })).optional(),
  build: z.strictObject({ run: isFunction("(output, log) => Promise"), sources: z.array(text).min(1) }).optional(),
  servers: z.record(text, z.strictObject({ start: isFunction("(folder) => Promise<{ url, close }>"), configFiles: z.array(text).optional() })).optional(),
  axe: z.strictObject({ tags: z.array(text).min(1).optional(), rules: z.record(text, z.strictObject({ enabled: z.boolean() })).optional() }).optional(),
  pa11y: z.strictObject({ configFile: text.optional(), options: z.record(text, z.unknown()).optional() }).optional(),
  htmlValidate: z.record(text, z.unknown()).optional(), // html-validate checks its own configuration
  scriptOnlyControls: text.optional(),
  concurrency: z.number().int().min(1).max(16).optional(),
});

/** What each field must be, in words, for the one-line error messages. */
const fieldRules: Record<string, string> = {
  folder: "a folder's path",
  report: "a folder's path",
  cache: "a folder's path",
  exceptions: "a file's path",
  width: "a whole number of CSS px above 0",
  height: "a whole number of CSS px above 0",
  name: "a mode name of lower-case letters, digits and -, not one of another mode",
  tool: "a name of lower-case letters, digits, : and -, not a built-in tool's",
  path: 'a page path starting with "/", e.g. "/offline.html"',
  statuses: "HTTP statuses, e.g. [200, 404]",
  sources: 'files and folders the site is built from, e.g. ["src", "package-lock.json"]',
  checks: "layout checks: no-horizontal-scroll, no-clipped-text, no-overlapping-text, content-as-with-javascript, targets-N",
};

/** The `key` of each entry of a list the config gives (whatever its shape), for the clash checks. */
function namesIn(list: unknown, key: string): string[] {
  return Array.isArray(list) ? list.map((entry: unknown) => String((entry as Record<string, unknown> | null)?.[key] ?? "")) : [];
}

/** Names used twice (mode names, page check tools), or taken by the package, as problems. */
function clashes(file: string, field: string, names: readonly string[], taken: readonly string[], what: string) {
  return names.flatMap((name, index) =>
    name && (taken.includes(name) || names.indexOf(name) !== index) ? [{ file, field: `${field}.${index}.${field === "pageChecks" ? "tool" : "name"}`, message: `is "${name}"; expected a name that is not already ${what}` }] : [],
  );
}

/**
 * Checks a site's config and merges it over the package's defaults. An invalid
 * config throws AuditInputError with one line per problem, all at once.
 */
export function resolveAuditConfig(config: AuditConfig = {}, file = "audit config"): ResolvedAuditConfig {
  const parsed = configSchema.safeParse(config);
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error, { file, input: config, rules: fieldRules })),
    ...clashes(file, "extraDisplayModes", namesIn(config.extraDisplayModes, "name"), defaultDisplayModes.map((m) => m.name), "a display mode's"),
    ...clashes(file, "pageChecks", namesIn(config.pageChecks, "tool"), builtInTools, "a tool's"),
  ];
  if (problems.length) throw new AuditInputError(problems);
  const { extraDisplayModes = [], knownExtraPages = [], servers, axe, pa11y, ...plain } = config;
  return {
    ...auditDefaults,
    ...(Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)) as Partial<ResolvedAuditConfig>),
    displayModes: [...auditDefaults.displayModes, ...extraDisplayModes],
    knownExtraPages: knownExtraPages.map(({ path, statuses = [200] }) => ({ path, statuses })),
    servers: { ...auditDefaults.servers, ...servers },
    axe: { ...auditDefaults.axe, ...axe },
    pa11y: { ...auditDefaults.pa11y, ...pa11y },
  };
}
