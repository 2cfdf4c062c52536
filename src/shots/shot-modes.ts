/**
 * The widths and the looks `npm run shots` photographs every page type in: a small phone, a
 * common phone, a desktop; the default look, each reading aid as a returning reader has it saved
 * (the reading-aids script applies it, so a phone shows the folded bar), and the system's forced colours.
 */
export const shotWidths = [320, 375, 1280] as const;

export interface ShotMode {
  name: string;
  slug: string;
  /** The reading aids' saved choices (localStorage "xc-reading-aids"). */
  choices: Record<string, unknown>;
  /** A CSS media feature emulated through Chromium's DevTools protocol. */
  media?: { name: string; value: string };
}

export const shotModes: ShotMode[] = [
  { name: "默认", slug: "default", choices: {} },
  { name: "长者模式", slug: "elder", choices: { text: "large", elder: true } },
  { name: "高对比度", slug: "contrast", choices: { contrast: "high" } },
  { name: "特大", slug: "xlarge", choices: { text: "xlarge" } },
  { name: "强制颜色", slug: "forced-colors", choices: {}, media: { name: "forced-colors", value: "active" } },
];
