import { join } from "node:path";
import { loadDisclosure } from "../disclosure/load-disclosure.ts";
import type { BuildProblem, Channel, DisclosureSettings, InspectSettings, Organization, Platforms, PortalPageId, Section, ServiceGuide, StatutoryItem } from "../model/types.ts";
import { loadOrganization, organizationFiles } from "../organization/load-organization.ts";
import { buildSections } from "../sections/build-sections.ts";
import { checkSections } from "../sections/check-sections.ts";
import { loadSections } from "../sections/load-sections.ts";
import { loadGuides } from "../services/load-guides.ts";
import { loadPlatforms } from "../services/load-platforms.ts";
import { loadInspectSettings } from "../settings/load-inspect-settings.ts";
import { reservedTopLevelNames } from "../site/reserved-names.ts";
import { pageCatalogue, pageIds } from "./page-catalogue.ts";

/** Everything the portal adds to the channels: sections, platforms, 政府信息公开, 办事指南, 机构, the inspection's settings. */
export interface Portal {
  /** Empty on a site without sections.yaml: its menu is its channels. */
  sections: Section[];
  platforms: Platforms;
  disclosure: DisclosureSettings;
  /** Published 办事指南 (only when a section lists bszn). */
  guides: ServiceGuide[];
  organization: Organization;
  inspect: InspectSettings;
}

/** The portal's files: settings beside site.yaml, data in the content folder. */
export function portalFiles(settingsDir: string, contentDir: string) {
  return {
    sections: join(settingsDir, "sections.yaml"),
    platforms: join(settingsDir, "platforms.yaml"),
    disclosure: join(settingsDir, "xxgk.yaml"),
    inspect: join(settingsDir, "inspect.yaml"),
    guides: join(contentDir, "guides"),
    organization: join(contentDir, "organization"),
  };
}

/** Where `id` is published: its URL when a section lists it. */
function pageUrlOf(sections: readonly Section[], id: PortalPageId): string | undefined {
  return sections.flatMap((s) => s.pages).find((p) => p.id === id)?.url;
}

/**
 * Loads every portal file of a site (each optional), checks each with its schema and then
 * across files (sections against channels and data, 法定主动公开内容 against channels and
 * pages), and returns every problem at once. `channels` come back knowing their sections.
 * Data given but listed by no section is not published, with a warning saying so. Without
 * `channels` (channels.yaml was invalid: its own problems say why) the cross-checks wait.
 */
export function loadPortal(settingsDir: string, contentDir: string, channels: Channel[] | undefined): { portal: Portal; channels: Channel[]; problems: BuildProblem[]; warnings: BuildProblem[] } {
  const files = portalFiles(settingsDir, contentDir);
  const sections = loadSections(files.sections);
  const platforms = loadPlatforms(files.platforms);
  const disclosure = loadDisclosure(files.disclosure);
  const inspect = loadInspectSettings(files.inspect);
  const guides = loadGuides(files.guides, contentDir);
  const organization = loadOrganization(files.organization);
  const problems = [...sections.problems, ...platforms.problems, ...disclosure.problems, ...inspect.problems, ...guides.problems, ...organization.problems];
  const warnings = [...guides.warnings];

  const given = disclosure.load?.file;
  const org = organization.organization;
  // A page whose data file could not be read is taken as available: its file's own problems say what is wrong.
  const unread = (file: string, list: BuildProblem[]) => list.some((p) => p.file.startsWith(file));
  const xxgkUnread = disclosure.problems.length > 0;
  const orgFiles = organizationFiles(files.organization);
  const available: Record<PortalPageId, boolean> = {
    xxgkzn: Boolean(given?.guide) || xxgkUnread, xxgkzd: Boolean(given?.rules) || xxgkUnread, fdzdgknr: Boolean(given?.statutory) || xxgkUnread, ysqgk: Boolean(given?.application) || xxgkUnread,
    bszn: guides.guides.length > 0 || guides.problems.length > 0,
    qqgk: Boolean(org.overview) || unread(orgFiles.overview, organization.problems),
    jgzn: Boolean(org.departments) || unread(orgFiles.departments, organization.problems),
    ldxx: Boolean(org.leaders) || unread(orgFiles.leaders, organization.problems),
  };
  if (!channels) return { portal: { sections: [], platforms: platforms.platforms, disclosure: {}, guides: [], organization: {}, inspect: inspect.settings }, channels: [], problems, warnings };
  const platformsRead = platforms.problems.length ? undefined : platforms.platforms;
  if (sections.load) problems.push(...checkSections(sections.load, { file: files.sections, channels, available, platforms: platformsRead, reserved: reservedTopLevelNames() }));
  const built = sections.load && !problems.length ? buildSections(sections.load.list, channels) : { sections: [], channels };
  const listed = new Set(built.sections.flatMap((s) => s.pages.map((p) => p.id)));
  for (const id of pageIds) {
    if (available[id] && !listed.has(id)) warnings.push({ file: files.sections, field: "pages", message: `${pageCatalogue[id].name} has its data (${pageCatalogue[id].needs}) but no section lists the page ${id}; it is not published` });
  }

  const statutory: StatutoryItem[] = [];
  given?.statutory?.items.forEach((item, index) => {
    const at = (field: string) => ({ file: files.disclosure, line: disclosure.load!.lineOf(["statutory", "items", index, field]), field: `statutory.items.${index}.${field}` });
    if (item.channel) {
      const channel = built.channels.find((c) => c.slug === item.channel);
      if (channel) statutory.push({ name: item.name, note: item.note, target: { name: channel.name, url: channel.url } });
      else problems.push({ ...at("channel"), message: `is "${item.channel}", which is not a channel; expected one of ${channels.map((c) => c.slug).join(", ")}` });
    } else if (item.page) {
      const url = pageUrlOf(built.sections, item.page as PortalPageId);
      if (url) statutory.push({ name: item.name, note: item.note, target: { name: pageCatalogue[item.page as PortalPageId].name, url } });
      else if (sections.load) problems.push({ ...at("page"), message: `is "${item.page}", which no section of sections.yaml lists; expected a page the site publishes` });
      else problems.push({ ...at("page"), message: `is "${item.page}", but the site has no sections.yaml, so it publishes no such page; expected channel: or url:` });
    } else statutory.push({ name: item.name, note: item.note, target: { name: `查看${item.name}`, url: item.url! } });
  });

  const guidesUrl = pageUrlOf(built.sections, "bszn");
  const departmentsUrl = pageUrlOf(built.sections, "jgzn");
  const portal: Portal = {
    sections: built.sections,
    platforms: platforms.platforms,
    disclosure: {
      guide: disclosure.load?.guide,
      rules: given?.rules,
      statutory: given?.statutory && { updated: given.statutory.updated, items: statutory },
      application: given?.application && { updated: given.application.updated, platform: given.application.platform, howToHtml: disclosure.load!.applicationHtml! },
    },
    guides: guidesUrl ? guides.guides.map((guide) => ({ ...guide, url: `${guidesUrl}${guide.slug}/` })) : [],
    organization: {
      overview: org.overview,
      leaders: org.leaders,
      departments: org.departments && { updated: org.departments.updated, list: org.departments.list.map((d) => ({ ...d, url: departmentsUrl ? `${departmentsUrl}${d.slug}/` : "" })) },
    },
    inspect: inspect.settings,
  };
  return { portal, channels: built.channels, problems, warnings };
}

