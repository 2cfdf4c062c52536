/**
 * Functions that run inside the audited page (passed to page.evaluate). They use
 * only the DOM and what installInPageHelpers puts on window.__a11yAudit, never imports.
 */

/** What the in-page checks return about an element. */
export interface ElementInfo {
  selector: string;
  html: string;
}

interface Helpers {
  describe(element: Element): ElementInfo;
  isHidden(element: Element): boolean;
}

declare global {
  interface Window {
    __a11yAudit: Helpers;
    __a11yAuditFocus?: { look: (element: Element) => string[]; before: Map<Element, string[]>; previous: Element | null; seen: Set<Element> };
  }
}

/**
 * Installs window.__a11yAudit (element descriptions, hidden test) and the `__name`
 * helper that tsx's compiled functions call, so the other functions can run.
 */
export const installInPageHelpers = `(() => {
  globalThis.__name = globalThis.__name || ((fn) => fn);
  const selectorOf = (element) => {
    const parts = [];
    for (let node = element; node && node.nodeType === 1 && parts.length < 4; node = node.parentElement) {
      if (node.id) { parts.unshift('#' + CSS.escape(node.id)); break; }
      let part = node.localName;
      const classes = [...node.classList].slice(0, 2).map((c) => '.' + CSS.escape(c)).join('');
      part += classes;
      const parent = node.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === node.localName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
      parts.unshift(part);
      if (node.localName === 'body') break;
    }
    return parts.join(' > ');
  };
  const describe = (element) => {
    const html = element.outerHTML.replace(/\\s+/g, ' ');
    return { selector: selectorOf(element), html: html.length > 240 ? html.slice(0, 237) + '…' : html };
  };
  const isHidden = (element) => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    if (!element.checkVisibility()) return true; // e.g. the content of a closed <details>, which keeps its boxes
    const rect = element.getBoundingClientRect();
    return rect.width <= 1 && rect.height <= 1; // collapsed or visually hidden (screen-reader only)
  };
  window.__a11yAudit = { describe, isHidden };
})()`;

/** Ends CSS transitions and animations so a mode is measured in its final state. */
export function settleAnimations(): void {
  for (const animation of document.getAnimations()) animation.finish();
}

/** Sets attributes on <html> (a display mode's switch for the site's own display options). */
export function setRootAttributes(attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) document.documentElement.setAttribute(name, value);
}

/** When the page scrolls sideways: its width, the viewport's, and the deepest elements sticking out. */
export function findHorizontalOverflow(): { scrollWidth: number; viewportWidth: number; offenders: ElementInfo[] } | null {
  const root = document.documentElement;
  const viewportWidth = root.clientWidth;
  if (root.scrollWidth <= viewportWidth) return null;
  const sticking = Array.from(document.body.querySelectorAll("*")).filter(
    (element) => !window.__a11yAudit.isHidden(element) && element.getBoundingClientRect().right > viewportWidth + 1,
  );
  const deepest = sticking.filter((element) => !sticking.some((other) => other !== element && element.contains(other)));
  return { scrollWidth: root.scrollWidth, viewportWidth, offenders: deepest.slice(0, 5).map((e) => window.__a11yAudit.describe(e)) };
}

/** Elements with text whose overflow is hidden and whose content is larger than their box: cut-off text. */
export function findClippedText(): (ElementInfo & { detail: string })[] {
  const clipped: (ElementInfo & { detail: string })[] = [];
  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    const style = getComputedStyle(element);
    const clipsX = style.overflowX === "hidden" || style.overflowX === "clip";
    const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
    if (!clipsX && !clipsY) continue;
    if (window.__a11yAudit.isHidden(element) || !(element.textContent ?? "").trim()) continue;
    const { clientWidth, clientHeight, scrollWidth, scrollHeight } = element;
    if (clientWidth <= 1 || clientHeight <= 1) continue; // visually hidden on purpose
    const cutX = clipsX && scrollWidth > clientWidth + 1;
    const cutY = clipsY && scrollHeight > clientHeight + 1;
    if (cutX || cutY) {
      const detail = `content ${scrollWidth}×${scrollHeight} px in a ${clientWidth}×${clientHeight} px box with overflow hidden`;
      clipped.push({ ...window.__a11yAudit.describe(element), detail });
    }
  }
  return clipped.slice(0, 10);
}

/** Pairs of text lines, from different text nodes, drawn over each other by more than a sliver. */
export function findOverlappingText(): { first: ElementInfo; second: ElementInfo; detail: string }[] {
  const lines: { rect: DOMRect; node: Text }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const owner = node.parentElement;
    if (!owner || !node.data.trim() || window.__a11yAudit.isHidden(owner)) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) if (rect.width > 1 && rect.height > 1) lines.push({ rect, node });
  }
  lines.sort((a, b) => a.rect.top - b.rect.top);
  const overlaps: { first: ElementInfo; second: ElementInfo; detail: string }[] = [];
  const tolerance = 3; // glyph boxes of neighbouring lines may touch by a pixel or two
  for (let i = 0; i < lines.length && overlaps.length < 10; i++) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.rect.top < a.rect.bottom - tolerance; j++) {
      const b = lines[j]!;
      if (a.node === b.node) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (width > tolerance && height > tolerance) {
        overlaps.push({
          first: window.__a11yAudit.describe(a.node.parentElement!),
          second: window.__a11yAudit.describe(b.node.parentElement!),
          detail: `“${a.node.data.trim().slice(0, 20)}” and “${b.node.data.trim().slice(0, 20)}” overlap by ${Math.round(width)}×${Math.round(height)} px`,
        });
        break;
      }
    }
  }
  return overlaps;
}

/**
 * The text a reader gets from the page's main content and footer, one entry per line.
 * Controls matched by `scriptOnlyControls` (shown only when their script runs, such as a
 * copy button) are not content, so their text is left out.
 */
export function readableText(scriptOnlyControls: string | null): string[] {
  const lines = (elements: Element[]) =>
    elements.map((element) => (element as HTMLElement).innerText).join("\n").split("\n").map((line) => line.trim()).filter(Boolean);
  const controls = new Set(scriptOnlyControls ? lines(Array.from(document.querySelectorAll(scriptOnlyControls))) : []);
  return lines(Array.from(document.querySelectorAll("main, footer"))).filter((line) => !controls.has(line));
}

/**
 * Controls smaller than `min` CSS px either way. A link inside a run of text is exempt
 * (display: inline, as WCAG's inline exception has it); a radio or checkbox counts with
 * its label, which is the target a reader presses.
 */
export function findSmallTargets(min: number): (ElementInfo & { detail: string })[] {
  const small: (ElementInfo & { detail: string })[] = [];
  for (const element of Array.from(document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary"))) {
    if (window.__a11yAudit.isHidden(element) || getComputedStyle(element).display === "inline") continue;
    const label = element instanceof HTMLInputElement && /^(radio|checkbox)$/.test(element.type) ? element.closest("label") : null;
    const rect = (label ?? element).getBoundingClientRect();
    if (rect.width < min - 0.5 || rect.height < min - 0.5) {
      small.push({ ...window.__a11yAudit.describe(element), detail: `${Math.round(rect.width)}×${Math.round(rect.height)} px` });
    }
  }
  return small.slice(0, 20);
}
