import { basename } from "node:path";

/**
 * A date in an exported file's name, as exporters and content systems write it:
 * 2025-03-07-…, 20250307_…, t20250307_123456 (the old site's own URLs). Digits inside a
 * longer run of letters and digits (a hash such as 4ff78243f4312f31) are not a date.
 */
export function fileNameDate(file: string): { year: number; month: number; day: number } | undefined {
  const match = /(?<![0-9a-z])t?((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?![0-9a-z])/i.exec(basename(file).replace(/\.[^.]+$/, ""));
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}
