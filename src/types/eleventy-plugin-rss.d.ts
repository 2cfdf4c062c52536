/** The parts of @11ty/eleventy-plugin-rss 3.0 (plain JavaScript, no types) that src/lib/feeds uses. */
declare module "@11ty/eleventy-plugin-rss" {
  /** RFC 822 date; `timeZone` is an IANA zone such as Asia/Shanghai. */
  export function dateToRfc822(value: Date | number | string, timeZone?: string): string;
  /** `url` resolved against `base`. */
  export function absoluteUrl(url: string, base: string): string;
  /** HTML with every URL in it resolved against `base` (posthtml render options as the third argument). */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, processOptions?: Record<string, unknown>): Promise<string>;
}
