import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";

/**
 * An instant as RSS wants it (RFC 822), on the Beijing clock:
 * `Fri, 07 Mar 2025 09:00:00 +0800`. The plugin's formatter is given the
 * time zone; without one it would use the build machine's.
 */
export function beijingRfc822(epochMs: number): string {
  return dateToRfc822(epochMs, "Asia/Shanghai");
}
