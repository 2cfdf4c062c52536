import type { Article, Channel, PortalPage, PortalPageId, PublishTime, Section, SectionLink, SiteConfig } from "../model/types.ts";
import type { Portal } from "./load-portal.ts";
import { pageCatalogue } from "./page-catalogue.ts";

const home = { name: "首页", url: "/" };

/** A channel with its newest articles (load-site's `latest`). */
type Latest = { channel: Channel; articles: Article[] };
const linkOf = (section: Section): SectionLink => ({ slug: section.slug, name: section.name, url: section.url });

/** The landing page of a section: its platforms, its pages, each channel's newest items. */
function landingPage(section: Section, portal: Portal, latest: readonly Latest[]): PortalPage {
  const platforms = section.entry === "services" || section.entry === "interaction" ? portal.platforms[section.entry] : [];
  return {
    url: section.url,
    kind: "section",
    title: section.name,
    description: section.description,
    column: { name: section.name, description: section.description, type: section.columnType },
    section: linkOf(section),
    crumbs: [home, { name: section.name, url: section.url }],
    view: {
      section,
      platforms,
      channels: section.channels.map((channel) => latest.find((entry) => entry.channel.slug === channel.slug)!),
    },
  };
}

/** What one of a section's pages renders and, for an information item, the date it shows and its 来源 (the site's when left out). */
interface PageData {
  view: unknown;
  item?: { published?: PublishTime | undefined; source?: string | undefined } | undefined;
}

/** The data of one of a section's pages, from the portal's (the build refused a listed page without it). */
function pageData(id: PortalPageId, portal: Portal, pageUrl: (id: PortalPageId) => string | undefined): PageData {
  const { disclosure, organization } = portal;
  switch (id) {
    case "xxgkzn":
      return { view: { guide: disclosure.guide, applyUrl: pageUrl("ysqgk") }, item: { published: disclosure.guide!.updated, source: disclosure.guide!.office.name } };
    case "xxgkzd":
      return { view: disclosure.rules, item: { published: disclosure.rules!.updated } };
    case "fdzdgknr":
      return { view: disclosure.statutory, item: { published: disclosure.statutory!.updated } };
    case "ysqgk":
      return { view: { application: disclosure.application, guideUrl: pageUrl("xxgkzn") }, item: { published: disclosure.application!.updated } };
    case "bszn":
      return { view: { guides: portal.guides } };
    case "qqgk":
      return { view: organization.overview, item: { published: organization.overview!.updated } };
    case "jgzn":
      return { view: { departments: organization.departments!.list }, item: { published: organization.departments!.updated } };
    case "ldxx":
      return { view: { leaders: organization.leaders!.list }, item: { published: organization.leaders!.updated } };
  }
}

/**
 * Every page the portal adds, as plain page objects carrying their URL and all they render
 * (the paginated template src/site/portal.njk prints them): each section's landing page,
 * each page a section lists, and a page per 办事指南 and per department. Pages that are
 * information items carry the 网页设计规范 article tags' values and the date they show.
 */
export function portalPages(portal: Portal, site: SiteConfig, latest: readonly Latest[]): PortalPage[] {
  const pages: PortalPage[] = [];
  const pageUrl = (id: PortalPageId) => portal.sections.flatMap((s) => s.pages).find((p) => p.id === id)?.url;
  for (const section of portal.sections) {
    pages.push(landingPage(section, portal, latest));
    for (const link of section.pages) {
      const kind = pageCatalogue[link.id];
      const { view, item: dated } = pageData(link.id, portal, pageUrl);
      const crumbs = [home, { name: section.name, url: section.url }, { name: kind.name, url: link.url }];
      const base = { kind: link.id, title: kind.name, description: kind.description, column: { name: kind.name, description: kind.description, type: kind.columnType }, section: linkOf(section) };
      const item = dated && { title: kind.name, published: dated.published, source: dated.source ?? site.defaultSource };
      pages.push({ ...base, url: link.url, crumbs, item, view });
      if (link.id === "bszn") {
        for (const guide of portal.guides) {
          const item = { title: guide.name, published: guide.updated, source: guide.department ?? site.defaultSource };
          pages.push({ ...base, kind: "guide", url: guide.url, title: guide.name, description: `${guide.name}的办事指南：办理条件、材料、地点、时间和流程。`, crumbs: [...crumbs, { name: guide.name, url: guide.url }], item, view: guide });
        }
      }
      if (link.id === "jgzn") {
        for (const department of portal.organization.departments!.list) {
          const published = department.updated ?? portal.organization.departments!.updated;
          const item = { title: department.name, published, source: department.name };
          pages.push({ ...base, kind: "department", url: department.url, title: department.name, description: `${department.name}的职责、地址、电话和办公时间。`, crumbs: [...crumbs, { name: department.name, url: department.url }], item, view: department });
        }
      }
    }
  }
  return pages;
}
