import type { Article, DocumentLink } from "../model/types.ts";
import { escapeHtml } from "../text/escape-html.ts";

const link = (target: DocumentLink) =>
  `<a href="${escapeHtml(target.url)}">${escapeHtml(target.title)}</a>${target.docNumber ? `（${escapeHtml(target.docNumber)}）` : ""}`;

/**
 * What a feed item says before the article's body (marked xc-feed-note, as what the page shows
 * around its body rather than in it): a policy document's 发文字号 and 有效性 (with
 * its date and replacement when it is no longer in force), or the document a 解读 explains.
 * Feed readers show no page frame, so this is the only place a subscriber learns it.
 */
export function feedLeadHtml(article: Article): string {
  const doc = article.document;
  if (doc) {
    const parts = [`发文字号：${doc.docNumber ? escapeHtml(doc.docNumber) : "无"}`, `有效性：${doc.validity}${doc.validitySince ? `（${doc.validitySince.display}起）` : ""}`];
    if (doc.replacedBy) parts.push(`${doc.validity === "已修改" ? "修改文件" : "替代文件"}：${link(doc.replacedBy)}`);
    return `<p class="xc-feed-note">${parts.join("；")}</p>\n`;
  }
  if (article.interpretation) return `<p class="xc-feed-note">${article.interpretation.kind}，解读的文件：${link(article.interpretation.document)}</p>\n`;
  return "";
}

/** The article's 附件 as a list after the body, each link saying name, type and size. */
export function feedAttachmentsHtml(article: Article): string {
  if (!article.attachments?.length) return "";
  return `<div class="xc-feed-note">\n<p>附件：</p>\n<ul>\n${article.attachments.map((a) => `<li><a href="${escapeHtml(a.url)}">${escapeHtml(a.linkText)}</a></li>\n`).join("")}</ul>\n</div>\n`;
}

/** The feed categories a policy document adds to its channel: its 发文字号, 有效性 and 主题分类. */
export function feedTags(article: Article): string[] {
  const doc = article.document;
  return doc ? [...(doc.docNumber ? [doc.docNumber] : []), `有效性：${doc.validity}`, doc.topic.name] : [];
}
