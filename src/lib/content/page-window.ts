/** A numbered link of a pagination nav, or a gap (…) standing for the pages between. */
export type PageWindowItem = { number: number } | { gap: true };

/**
 * Which page numbers a listing page links to: the first, the last, and
 * `radius` pages either side of the current one, with a gap for each run
 * of skipped pages (a run of one is shown instead, as a gap would hide no
 * fewer links). Keeps the nav short however many pages a channel has: at
 * 10,000 articles a channel has 125 pages, and 125 links on every listing
 * page weigh on the page and on anyone tabbing or listening through them.
 */
export function pageWindow(current: number, count: number, radius = 2): PageWindowItem[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  numbers.forEach((number, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous === 2) items.push({ number: number - 1 });
    else if (previous !== undefined && number - previous > 2) items.push({ gap: true });
    items.push({ number });
  });
  return items;
}
