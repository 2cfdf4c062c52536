import type { FrontMatter } from "../content/front-matter.ts";
import type { BuildProblem, ChannelKind, InterpretationKind, PolicyDocument, PublishTime, Topic } from "../model/types.ts";
import { parsePublishTime } from "../text/shanghai-time.ts";
import { documentFieldRules } from "./front-matter-fields.ts";

/**
 * A policy document's fields as one file gives them: the links to other documents are resolved
 * across the site later (link-documents.ts); replacedBy is still how the front matter names the
 * document that amends or replaces this one (a 发文字号 or a slug).
 */
export type DocumentDraft = Omit<PolicyDocument, "replacedBy" | "replaces" | "interpretations"> & { replacedBy?: string | undefined };

/** A 解读's fields as one file gives them; the document is resolved across the site later. */
export interface InterpretationDraft {
  kind: InterpretationKind;
  /** How the front matter names the document (a 发文字号 or a slug). */
  interprets: string;
}

export interface DocumentFieldContext {
  file: string;
  /** The article's channel and what kind it is. */
  channel: string;
  kind?: ChannelKind | undefined;
  topics: readonly Topic[];
  published: PublishTime;
  /** Line of a field, when it is written. */
  lineOf: (key: string) => number | undefined;
  /** The line reported for a missing field. */
  missingLine?: number | undefined;
  /** Fields the schema already refused (not reported twice). */
  invalid: ReadonlySet<string>;
}

const documentKeys = ["indexNumber", "issuer", "docNumber", "writtenOn", "topic", "validity", "validitySince", "replacedBy"] as const;
const interpretationKeys = ["interprets", "interpretationKind"] as const;
const requiredDocumentKeys = ["indexNumber", "issuer", "writtenOn", "topic", "validity"] as const;

/** The 主题分类 a document names, or why it cannot be used. */
function topicOf(name: string, topics: readonly Topic[]): Topic | string {
  const topic = topics.find((t) => t.name === name);
  if (topic) return topic;
  if (topics.length === 0) return `is "${name}", but the settings folder has no topics.yaml; expected a 主题分类 listed there (add topics.yaml beside site.yaml)`;
  return `is "${name}", which is not a 主题分类 of topics.yaml; expected one of ${topics.map((t) => t.name).join(", ")}`;
}

/**
 * Reads the policy-document fields (in a `documents` channel) or the 解读 fields (in an
 * `interpretations` channel) of one article's front matter: which are required, which are
 * out of place, and what can be checked within the file (成文日期 not after the publish date,
 * a known 主题分类, the date and replacement that an 有效性 other than 有效 needs).
 */
export function readDocumentFields(fm: FrontMatter, context: DocumentFieldContext): { document?: DocumentDraft; interpretation?: InterpretationDraft; problems: BuildProblem[] } {
  const { file, kind, lineOf, invalid } = context;
  const problems: BuildProblem[] = [];
  const problem = (field: string, message: string, line = lineOf(field)) => problems.push({ file, line, field, message });
  const given = (key: keyof FrontMatter) => fm[key] !== undefined || invalid.has(key);
  const misplaced = (keys: readonly (keyof FrontMatter)[], wanted: ChannelKind, what: string) => {
    for (const key of keys.filter(given)) {
      if (!invalid.has(key)) problem(key, `is a ${what} field, but channel ${context.channel} is not marked kind: ${wanted}; expected it only in such a channel (channels.yaml)`);
    }
  };
  if (kind !== "documents") misplaced(documentKeys, "documents", "policy-document");
  if (kind !== "interpretations") misplaced(interpretationKeys, "interpretations", "解读");

  if (kind === "interpretations") {
    if (!given("interprets")) problem("interprets", `is missing; expected ${documentFieldRules.interprets}`, context.missingLine);
    if (problems.length || !fm.interprets) return { problems };
    return { interpretation: { kind: fm.interpretationKind ?? "图文解读", interprets: fm.interprets }, problems };
  }
  if (kind !== "documents") return { problems };

  for (const key of requiredDocumentKeys) if (!given(key)) problem(key, `is missing; expected ${documentFieldRules[key]}`, context.missingLine);
  const written = fm.writtenOn ? parsePublishTime(fm.writtenOn) : undefined;
  if (written && written.date > context.published.date) {
    problem("writtenOn", `is ${written.date}, after the publish date ${context.published.date} (date:); expected the 成文日期 on or before the day the document was published`);
  }
  const topic = fm.topic === undefined ? undefined : topicOf(fm.topic, context.topics);
  if (typeof topic === "string") problem("topic", topic);
  const since = fm.validitySince ? parsePublishTime(fm.validitySince) : undefined;
  if (fm.validity === "有效") {
    for (const key of ["validitySince", "replacedBy"] as const) {
      if (fm[key] !== undefined) problem(key, `is given, but the document's 有效性 is 有效; expected it only for 已修改, 已废止 or 已失效 (or set validity:)`);
    }
  } else if (fm.validity) {
    if (!given("validitySince")) problem("validitySince", `is missing; expected ${documentFieldRules.validitySince}, since validity is ${fm.validity}`, lineOf("validity"));
    if (since && written && since.date < written.date) problem("validitySince", `is ${since.date}, before the 成文日期 ${written.date}; expected a date on or after it`);
    if ((fm.validity === "已修改" || fm.validity === "已废止") && !given("replacedBy")) {
      problem("replacedBy", `is missing; expected ${documentFieldRules.replacedBy}, since validity is ${fm.validity}`, lineOf("validity"));
    }
  }
  if (problems.length || invalid.size || !written || typeof topic !== "object" || !fm.indexNumber || !fm.issuer || !fm.validity) return { problems };
  return {
    problems,
    document: {
      indexNumber: fm.indexNumber,
      issuers: Array.isArray(fm.issuer) ? fm.issuer : [fm.issuer],
      docNumber: fm.docNumber,
      written,
      topic,
      validity: fm.validity,
      validitySince: since,
      replacedBy: fm.replacedBy,
    },
  };
}
