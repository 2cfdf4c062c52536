import type { ArticleDraft } from "../content/article-draft.ts";
import type { Article, BuildProblem, DocumentLink } from "../model/types.ts";

/** An article with the draft it was made from (the draft keeps how its front matter names other documents). */
interface Entry {
  article: Article;
  draft: ArticleDraft;
}

const linkTo = ({ article }: Entry): DocumentLink => ({ title: article.title, url: article.url, docNumber: article.document?.docNumber });

/** Entries by a key, in order. */
function groupBy(entries: readonly Entry[], key: (entry: Entry) => string | undefined): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const value = key(entry);
    if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), entry]);
  }
  return groups;
}

/**
 * Links the site's policy documents and 解读, checking what only the whole site can tell:
 * each 发文字号 and 索引号 names one document; a replacedBy or interprets names an existing
 * document (by 发文字号 or slug); no chain of replacements comes back to where it started.
 * Fills each document's `replacedBy`, the replacement's `replaces` (so it links back), each
 * 解读's `interpretation` and its document's `interpretations`. `entries` are newest first.
 */
export function linkDocuments(entries: readonly Entry[]): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const documents = entries.filter((entry) => entry.draft.document);
  for (const { article, draft } of documents) {
    const { replacedBy: _, ...fields } = draft.document!;
    article.document = { ...fields, replaces: [], interpretations: [] };
  }
  for (const [field, key] of [["docNumber", (e: Entry) => e.draft.document!.docNumber], ["indexNumber", (e: Entry) => e.draft.document!.indexNumber]] as const) {
    for (const [value, same] of groupBy(documents, key)) {
      if (same.length < 2) continue;
      const files = same.map((e) => e.draft.sourceFile);
      for (const { draft } of same) {
        problems.push({ file: draft.sourceFile, line: draft.lines[field], field, message: `is "${value}", which ${files.filter((f) => f !== draft.sourceFile).join(", ")} also gives; expected each document's ${field === "docNumber" ? "发文字号" : "索引号"} once` });
      }
    }
  }
  const byNumber = groupBy(documents, (e) => e.draft.document!.docNumber);
  const bySlug = groupBy(documents, (e) => e.article.slug);
  /** The document a front-matter value names, or why it names none. */
  const resolve = (reference: string): Entry | string => {
    const found = byNumber.get(reference) ?? bySlug.get(reference) ?? [];
    if (found.length === 1) return found[0]!;
    const files = found.map((e) => e.draft.sourceFile).join(", ");
    if (found.length > 1) return byNumber.has(reference) ? `names "${reference}", the 发文字号 of several documents (${files}); expected one document's own 发文字号` : `names "${reference}", the slug of several documents (${files}); expected the document's 发文字号`;
    return `names "${reference}", which is not a policy document of this site; expected the 发文字号 (e.g. 京西政发〔2025〕3号) or slug of an article in a documents channel`;
  };
  const replacement = new Map<Entry, Entry>();
  for (const entry of documents) {
    const reference = entry.draft.document!.replacedBy;
    if (reference === undefined) continue;
    const target = resolve(reference);
    if (typeof target === "string") problems.push({ file: entry.draft.sourceFile, line: entry.draft.lines.replacedBy, field: "replacedBy", message: target });
    else replacement.set(entry, target);
  }
  for (const [entry, target] of replacement) {
    const chain = [entry];
    for (let next = replacement.get(entry); next; next = replacement.get(next)) {
      if (next === entry) {
        const names = [...chain, entry].map((e) => e.draft.document!.docNumber ?? e.article.slug).join(" → ");
        problems.push({ file: entry.draft.sourceFile, line: entry.draft.lines.replacedBy, field: "replacedBy", message: `goes round in a circle (${names}); expected a chain of replacements that ends in a document still in force` });
        break;
      }
      if (chain.includes(next)) break; // a cycle further on: reported on its own members
      chain.push(next);
    }
    entry.article.document!.replacedBy = linkTo(target);
    target.article.document!.replaces.push({ ...linkTo(entry), validity: entry.article.document!.validity });
  }
  for (const entry of entries) {
    const explained = entry.draft.interpretation;
    if (!explained) continue;
    const target = resolve(explained.interprets);
    if (typeof target === "string") {
      problems.push({ file: entry.draft.sourceFile, line: entry.draft.lines.interprets, field: "interprets", message: target });
      continue;
    }
    entry.article.interpretation = { kind: explained.kind, document: linkTo(target) };
    target.article.document!.interpretations.push({ title: entry.article.title, url: entry.article.url, kind: explained.kind });
  }
  return problems;
}
