import type { Channel, PortalPageId, Section } from "../model/types.ts";
import { pageCatalogue } from "../portal/page-catalogue.ts";
import type { SectionSettings } from "./section-schema.ts";

/** A section's landing page URL: /xxgk/ */
export const sectionUrl = (slug: string) => `/${slug}/`;

/** A page's URL inside its section: /xxgk/xxgkzn/ */
export const sectionPageUrl = (section: string, id: PortalPageId) => `/${section}/${id}/`;

/**
 * The sections as pages use them, from checked settings: each with its channels and pages,
 * and each channel given the section it belongs to (breadcrumbs and the menu follow it).
 * Returns the channels in channels.yaml's order, each now knowing its section.
 */
export function buildSections(list: readonly SectionSettings[], channels: readonly Channel[]): { sections: Section[]; channels: Channel[] } {
  const withSection = channels.map((channel) => {
    const owner = list.find((s) => s.channels.includes(channel.slug));
    return owner ? { ...channel, section: { slug: owner.slug, name: owner.name, url: sectionUrl(owner.slug) } } : channel;
  });
  const sections = list.map((s): Section => ({
    slug: s.slug,
    name: s.name,
    url: sectionUrl(s.slug),
    description: s.description,
    columnType: s.columnType,
    entry: s.entry,
    channels: s.channels.map((slug) => withSection.find((c) => c.slug === slug)!),
    pages: s.pages.map((id) => {
      const kind = pageCatalogue[id as PortalPageId];
      return { id: id as PortalPageId, name: kind.name, description: kind.description, url: sectionPageUrl(s.slug, id as PortalPageId) };
    }),
  }));
  return { sections, channels: withSection };
}
