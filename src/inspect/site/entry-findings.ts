import type { InspectedPage, InspectionContext, RuleFinding } from "../types.ts";

/** What an entry of the home page is, for one entry rule. */
export interface EntryKind {
  /** Its name in findings: 办事服务. */
  name: string;
  /** Link texts that name it (a resident recognises 政务服务 as 办事服务 too). */
  labels: RegExp;
  /** True when a page the entry leads to offers a way through: a platform, a guide… */
  usable(page: InspectedPage, context: InspectionContext): boolean;
}

/** A link to another site, a phone or a mail address: a way out to a platform. */
export const isWayOut = (href: string) => /^(https?:|tel:|mailto:)/i.test(href);

/** The links of a page's main content, outside its breadcrumbs. */
export function mainLinks(page: InspectedPage): string[] {
  const { $ } = page;
  return $("main a[href]").not('nav[aria-label="当前位置"] a').toArray().map((a) => ($(a).attr("href") ?? "").trim());
}

/**
 * Whether the home page, as built, has an entry a resident can use: a link named like the entry
 * (in the header or the content) that leads to another site, or to a page of this site that
 * offers a way through. The inspection counts no entry, or an entry to nothing, as a 单项否决.
 */
export function entryFindings(context: InspectionContext, kind: EntryKind): RuleFinding[] {
  const home = context.page("/");
  if (!home) return [{ page: "/", message: "没有首页（/index.html），无法检查入口" }];
  const { $ } = home;
  const candidates = $("a[href]").toArray().filter((a) => kind.labels.test($(a).text().trim())).map((a) => ({ text: $(a).text().trim(), href: ($(a).attr("href") ?? "").trim() }));
  if (!candidates.length) return [{ page: "/", message: `首页没有“${kind.name}”入口：页眉和正文中都没有以“${kind.name}”为名的链接` }];
  const dead: string[] = [];
  for (const { text, href } of candidates) {
    if (isWayOut(href)) return [];
    const target = href.startsWith("/") ? context.page(new URL(href, "https://site.invalid").pathname) : undefined;
    if (target && kind.usable(target, context)) return [];
    dead.push(target ? `“${text}”（${href}）指向的页面上没有可用的渠道` : `“${text}”（${href}）指向的页面不存在`);
  }
  return [{ page: "/", message: `首页的“${kind.name}”入口不能使用：${dead.join("；")}` }];
}
