/* 阅读辅助 on a narrow screen: the bar's <details> is open as written (wide screens, and the moment
   before this script runs), and folded here on a screen narrower than 40em, before the first paint, so a
   phone's first screen shows the page rather than a wall of buttons. Turning the phone or resizing the
   window folds or unfolds it again; the reader's own opening and closing needs no script at all. */

/** The width below which the bar starts folded; reading-aids.css lays the folded bar out for the same width. */
export const narrowScreen = "(max-width: 40em)";

/** Folds `details` on a narrow screen and opens it on a wide one, now and whenever the width crosses the line. */
export function foldOnNarrowScreens(details: HTMLDetailsElement | null | undefined): void {
  const narrow = window.matchMedia?.(narrowScreen);
  if (!details || !narrow) return;
  const fold = () => {
    details.open = !narrow.matches;
  };
  fold();
  narrow.addEventListener?.("change", fold);
}
