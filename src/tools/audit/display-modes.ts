/** A check of the rendered layout that a display mode asks for (see layout-checks.ts). */
export type LayoutCheck =
  | "no-horizontal-scroll" // WCAG 1.4.10 reflow
  | "no-clipped-text" // WCAG 1.4.4 / 1.4.12: text cut off by overflow
  | "no-overlapping-text" // WCAG 1.4.12: lines of text drawn over each other
  | "content-as-with-javascript" // nothing that needs JavaScript to read
  | "targets-44" // 适老化: every control at least 44×44 CSS px (WCAG 2.5.5 asks 44; 2.5.8 only 24)
  | "targets-60"; // 适老化 长者模式: at least 60×60

/** One way a resident may display a page; axe-core and the mode's layout checks run in each. */
export interface DisplayMode {
  name: string;
  description: string;
  viewport: { width: number; height: number; isMobile?: boolean; hasTouch?: boolean };
  /** CSS media features emulated, e.g. forced-colors: active. */
  media?: { name: string; value: string }[];
  /** A stylesheet added after the page has loaded (as a user stylesheet or bookmarklet would). */
  css?: string;
  /** Attributes set on <html> after load: the reading aids' contract with the site's CSS. */
  htmlAttributes?: Record<string, string>;
  /** False runs the page with JavaScript switched off. */
  javaScript?: boolean;
  /** Also walk the page with the Tab key in this mode (see keyboard-checks.ts). */
  keyboard?: boolean;
  checks: LayoutCheck[];
}

const desktop = { width: 1280, height: 800 };

/** WCAG 1.4.12 text spacing, as the W3C's text-spacing bookmarklet applies it. */
const textSpacingCss = `
  *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/**
 * Every display mode the audit runs each page in. Adding a mode is one entry here.
 * The first mode must run JavaScript: it records the text the no-JavaScript mode is compared with.
 */
export const displayModes: readonly DisplayMode[] = [
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
    checks: ["no-horizontal-scroll"],
  },
  {
    name: "no-javascript",
    description: "JavaScript disabled",
    viewport: desktop,
    javaScript: false,
    checks: ["content-as-with-javascript"],
  },
  // The reading aids (大字, 长者模式, 高对比度) switch the site's CSS by attributes on <html>.
  {
    name: "large-text",
    description: "reading aid: extra-large text (data-xc-text=xlarge)",
    viewport: desktop,
    htmlAttributes: { "data-xc-text": "xlarge" },
    checks: ["no-horizontal-scroll", "no-clipped-text", "no-overlapping-text"],
  },
  {
    name: "elder",
    description: "reading aid: 长者模式 (data-xc-elder=on)",
    viewport: desktop,
    htmlAttributes: { "data-xc-elder": "on" },
    checks: ["no-horizontal-scroll", "no-clipped-text", "no-overlapping-text", "targets-60"],
  },
  {
    name: "high-contrast",
    description: "reading aid: high contrast (data-xc-contrast=high)",
    viewport: desktop,
    htmlAttributes: { "data-xc-contrast": "high" },
    checks: ["no-horizontal-scroll"],
  },
];
