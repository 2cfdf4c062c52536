/** A check of the rendered layout that a display mode asks for (see browser/layout-checks.ts). */
export type LayoutCheck =
  | "no-horizontal-scroll" // WCAG 1.4.10 reflow
  | "no-clipped-text" // WCAG 1.4.4 / 1.4.12: text cut off by overflow
  | "no-overlapping-text" // WCAG 1.4.12: lines of text drawn over each other
  | "content-as-with-javascript" // nothing that needs JavaScript to read
  | `targets-${number}`; // every control at least N×N CSS px (WCAG 2.5.5 asks 44; 2.5.8 only 24)

/** One way a reader may display a page; axe-core and the mode's layout checks run in each. */
export interface DisplayMode {
  name: string;
  description: string;
  viewport: { width: number; height: number; isMobile?: boolean; hasTouch?: boolean };
  /** CSS media features emulated, e.g. forced-colors: active. */
  media?: { name: string; value: string }[];
  /** A stylesheet added after the page has loaded (as a user stylesheet or bookmarklet would). */
  css?: string;
  /** Attributes set on <html> after load: how a site's own display options (themes, text sizes) are switched on. */
  htmlAttributes?: Record<string, string>;
  /** False runs the page with JavaScript switched off. */
  javaScript?: boolean;
  /** Also walk the page with the Tab key in this mode (see browser/keyboard-checks.ts). */
  keyboard?: boolean;
  /** False: the config's extra axe rules (`axe.rules`) are not run in this mode. */
  extraAxeRules?: boolean;
  checks: LayoutCheck[];
}

const desktop = { width: 1280, height: 800 };

/** WCAG 1.4.12 text spacing, as the W3C's text-spacing bookmarklet applies it. */
const textSpacingCss = `
  *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/**
 * The display modes every page is audited in; a site adds its own (`extraDisplayModes`).
 * The first mode must run JavaScript: it records the text the no-JavaScript mode is compared with.
 */
export const defaultDisplayModes: readonly DisplayMode[] = [
  { name: "desktop", description: "desktop, 1280×800", viewport: desktop, keyboard: true, checks: ["no-horizontal-scroll", "targets-44"] },
  {
    name: "phone",
    description: "phone, 320×640 (WCAG 1.4.10 reflow)",
    viewport: { width: 320, height: 640, isMobile: true, hasTouch: true },
    checks: ["no-horizontal-scroll", "no-clipped-text", "targets-44"],
  },
  {
    name: "text-200",
    description: "text at 200% (root font size doubled), 640 px wide",
    viewport: { width: 640, height: 800 },
    css: "html { font-size: 200% !important; }",
    checks: ["no-horizontal-scroll", "no-clipped-text", "no-overlapping-text"],
  },
  {
    name: "text-spacing",
    description: "WCAG 1.4.12 text spacing override",
    viewport: desktop,
    css: textSpacingCss,
    checks: ["no-clipped-text", "no-overlapping-text"],
  },
  {
    name: "forced-colors",
    description: "forced colours active and prefers-contrast: more",
    viewport: desktop,
    media: [
      { name: "forced-colors", value: "active" },
      { name: "prefers-contrast", value: "more" },
    ],
    keyboard: true, // forced colours drop box-shadows and backgrounds: focus must still show
    // The colours are the reader's system palette, not the site's (Chromium's default SelectedItem
    // blue gives white text 5.4:1): a stricter contrast rule would judge the reader's choice.
    extraAxeRules: false,
    checks: ["no-horizontal-scroll"],
  },
  {
    name: "no-javascript",
    description: "JavaScript disabled",
    viewport: desktop,
    javaScript: false,
    checks: ["content-as-with-javascript"],
  },
];

/** The minimum target size a `targets-N` check asks for, or undefined for another check. */
export function targetSizeOf(check: LayoutCheck): number | undefined {
  const match = /^targets-(\d+)$/.exec(check);
  return match ? Number(match[1]) : undefined;
}
