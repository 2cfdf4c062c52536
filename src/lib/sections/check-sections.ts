import type { BuildProblem, Channel, Platforms, PortalPageId } from "../model/types.ts";
import { pageCatalogue } from "../portal/page-catalogue.ts";
import type { SectionsLoad } from "./load-sections.ts";

/** What the sections are checked against. */
export interface SectionContext {
  file: string;
  channels: readonly Channel[];
  /** Which pages have their data (a page without it would be empty); true too where the data file could not be read. */
  available: Readonly<Record<PortalPageId, boolean>>;
  /** platforms.yaml's platforms; undefined when it could not be read (its own problems say why: no check leans on it). */
  platforms: Platforms | undefined;
  /** Top-level names the build writes itself. */
  reserved: readonly string[];
}

/**
 * What can only be checked across files: each section's slug is free (no channel, nothing the
 * build writes), every channel is in exactly one section, every listed page has its data, and
 * no section is empty (no channels, no pages, no platforms): an empty column is what the
 * inspection counts against a site. Each problem names the line and field of sections.yaml.
 */
export function checkSections({ list, lineOf }: SectionsLoad, context: SectionContext): BuildProblem[] {
  const { file } = context;
  const problems: BuildProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ file, line: lineOf(path), field: path.join("."), message });
  const channelSlugs = context.channels.map((c) => c.slug);
  const slugs = new Set<string>();
  const channelIn = new Map<string, string>();
  const pageIn = new Map<string, string>();
  const entryIn = new Map<string, string>();
  list.forEach((section, index) => {
    if (slugs.has(section.slug)) add([index, "slug"], `"${section.slug}" is used by two sections; expected each slug once`);
    if (channelSlugs.includes(section.slug)) add([index, "slug"], `"${section.slug}" is a channel's slug (/${section.slug}/ is its listing); expected a slug of its own`);
    if (context.reserved.includes(section.slug)) add([index, "slug"], `"${section.slug}" is reserved: the build writes /${section.slug}/ itself; expected a slug other than ${context.reserved.join(", ")}`);
    slugs.add(section.slug);
    section.channels.forEach((slug, position) => {
      if (!channelSlugs.includes(slug)) add([index, "channels", position], `is "${slug}", which is not a channel; expected one of ${channelSlugs.join(", ")}`);
      else if (channelIn.has(slug)) add([index, "channels", position], `"${slug}" is in section ${channelIn.get(slug)} already; expected each channel in one section`);
      else channelIn.set(slug, section.slug);
    });
    section.pages.forEach((id, position) => {
      const page = pageCatalogue[id as PortalPageId];
      if (pageIn.has(id)) add([index, "pages", position], `"${id}" is in section ${pageIn.get(id)} already; expected each page in one section`);
      else if (!context.available[id as PortalPageId]) add([index, "pages", position], `is "${id}" (${page.name}), but there is nothing to show on it; expected ${page.needs}, or no such page`);
      pageIn.set(id, section.slug);
    });
    const platforms = section.entry === "services" || section.entry === "interaction" ? (context.platforms?.[section.entry].length ?? Infinity) : 0;
    if (section.entry) {
      if (entryIn.has(section.entry)) add([index, "entry"], `is ${section.entry}, the entry of section ${entryIn.get(section.entry)} already; expected each entry once`);
      entryIn.set(section.entry, section.slug);
      if (section.entry === "services" && !platforms && !section.pages.includes("bszn")) {
        add([index, "entry"], "is services (办事服务), but platforms.yaml lists no services platform and the section has no bszn page; expected at least one of them");
      }
      if (section.entry === "interaction" && !platforms) add([index, "entry"], "is interaction (互动交流), but platforms.yaml lists no interaction platform; expected at least one");
    }
    if (!section.channels.length && !section.pages.length && !platforms) {
      add([index, "channels"], "is empty, and the section has no pages or platforms either; expected at least one channel slug (or a page, or an entry: with platforms): an empty section is an empty column");
    }
  });
  const homeless = channelSlugs.filter((slug) => !channelIn.has(slug));
  if (homeless.length) problems.push({ file, field: "channels", message: `${homeless.join(", ")} (channels.yaml) ${homeless.length === 1 ? "is" : "are"} in no section; expected every channel in exactly one section` });
  return problems;
}
