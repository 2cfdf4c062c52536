/**
 * In-page side of the keyboard checks (run through page.evaluate after
 * installInPageHelpers). Focus is moved by real Tab key presses from puppeteer;
 * these functions only look at where it went.
 */
import type { ElementInfo } from "./in-page.ts";

/** What the keyboard checks learn about the element Tab moved to. */
export interface FocusStep {
  element: ElementInfo | null; // null: focus left the page's elements (back to <body>)
  repeated: boolean; // Tab came round to an element already visited
  backwards: boolean; // it comes before the previous stop in document order
  indicator: string | null; // which property shows focus, or null when nothing changes
  inViewport: boolean;
  skipLinkTarget: "main" | "elsewhere" | null; // for an in-page link: where its target is
}

/** Records how every element looks unfocused, so focus can be compared against it. */
export function snapshotFocusStyles(): number {
  /** The properties a focus indicator may change: outline, box-shadow, background, drawn borders. */
  const look = (element: Element): string[] => {
    const style = getComputedStyle(element);
    const border = ["top", "right", "bottom", "left"].map((side) => {
      const width = style.getPropertyValue(`border-${side}-width`);
      const line = style.getPropertyValue(`border-${side}-style`);
      // A border that is not drawn shows nothing, whatever its (currentColor) colour does.
      return line === "none" || line === "hidden" || parseFloat(width) === 0 ? "-" : `${width} ${line} ${style.getPropertyValue(`border-${side}-color`)}`;
    });
    return [`${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, style.boxShadow, style.backgroundColor, border.join(" ")];
  };
  (document.activeElement as HTMLElement | null)?.blur();
  const before = new Map<Element, string[]>();
  for (const element of Array.from(document.querySelectorAll("*"))) before.set(element, look(element));
  window.__a11yAuditFocus = { look, before, previous: null, seen: new Set() };
  return before.size;
}

/** Describes the focused element: focus indicator, position on screen, order, skip-link target. */
export function inspectFocus(): FocusStep {
  const state = window.__a11yAuditFocus!;
  const active = document.activeElement;
  const none: FocusStep = { element: null, repeated: false, backwards: false, indicator: null, inViewport: true, skipLinkTarget: null };
  if (!active || active === document.body || active === document.documentElement) return none;
  const style = getComputedStyle(active);
  const now = state.look(active);
  const before = state.before.get(active) ?? ["", "", "", ""];
  const transparent = (color: string) => /rgba\([^)]*,\s*0\)$/.test(color) || color === "transparent";
  const outlineShows =
    style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor) && now[0] !== before[0];
  // Forced colours paint every background with the system Canvas colour and drop box-shadows,
  // so there only an outline or a border can show focus.
  const forced = matchMedia("(forced-colors: active)").matches;
  const shadowShows = !forced && style.boxShadow !== "none" && now[1] !== before[1];
  const backgroundShows = !forced && now[2] !== before[2];
  const borderShows = now[3] !== before[3];
  const indicator = outlineShows ? "outline" : shadowShows ? "box-shadow" : backgroundShows ? "background" : borderShows ? "border" : null;

  const rect = active.getBoundingClientRect();
  const width = window.innerWidth;
  const height = window.innerHeight;
  const inViewport =
    rect.width > 0 &&
    rect.height > 0 &&
    (rect.width > width || (rect.left >= -1 && rect.right <= width + 1)) &&
    (rect.height > height || (rect.top >= -1 && rect.bottom <= height + 1));

  const repeated = state.seen.has(active);
  const backwards = !!state.previous && !repeated && !!(state.previous.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING);
  state.seen.add(active);
  state.previous = active;

  let skipLinkTarget: FocusStep["skipLinkTarget"] = null;
  const href = active.getAttribute("href");
  if (active.localName === "a" && href && href.startsWith("#") && href.length > 1) {
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    skipLinkTarget = target && target.closest("main") ? "main" : "elsewhere";
  }
  return { element: window.__a11yAudit.describe(active), repeated, backwards, indicator, inViewport, skipLinkTarget };
}

/** Whether focus is now in <main> (after following the skip link). */
export function focusIsInMain(): { inMain: boolean; active: string } {
  const active = document.activeElement;
  return { inMain: !!active?.closest("main"), active: active ? window.__a11yAudit.describe(active).selector : "nothing" };
}
