import type { Channel, Navigation, Section } from "../model/types.ts";

/**
 * The header's menu: the sections when the site has them (a channel's pages mark their
 * section), otherwise the channels themselves, as before sections existed.
 */
export function navigation(sections: readonly Section[], channels: readonly Channel[]): Navigation {
  if (!sections.length) {
    return { items: channels.map((c) => ({ key: c.slug, name: c.name, url: c.url })), keyOfChannel: Object.fromEntries(channels.map((c) => [c.slug, c.slug])) };
  }
  return {
    items: sections.map((s) => ({ key: s.slug, name: s.name, url: s.url })),
    keyOfChannel: Object.fromEntries(sections.flatMap((s) => s.channels.map((c) => [c.slug, s.slug]))),
  };
}
