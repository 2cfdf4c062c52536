import type { SiteConfig } from "../model/types.ts";
import { provinceCharacters } from "../settings/provinces.ts";

/** The site facts an old page's footer lines state. */
export interface Boilerplate {
  sponsor?: string | undefined;
  organizer?: string | undefined;
  siteIdCode?: string | undefined;
  icp?: string | undefined;
  publicSecurityCode?: string | undefined;
}

/** True for a line of the old site's footer (主办/承办, 标识码, ICP, 公网安备), not the article. */
export function isBoilerplateLine(line: string): boolean {
  return /^主办[:：]/.test(line) || /政府网站标识码|ICP备\d|公网安备/.test(line);
}

/** Reads the facts out of footer lines. */
export function readBoilerplate(lines: readonly string[]): Boilerplate {
  const text = lines.join(" ");
  return {
    sponsor: /主办[:：]\s*(\S+?)(?=\s|承办|$)/.exec(text)?.[1],
    organizer: /承办[:：]\s*(\S+?)(?=\s|$)/.exec(text)?.[1],
    siteIdCode: /政府网站标识码[:：]\s*([0-9a-z]+)/i.exec(text)?.[1],
    icp: new RegExp(`[${provinceCharacters}]ICP备\\d+号(?:-\\d+)?`).exec(text)?.[0],
    publicSecurityCode: new RegExp(`[${provinceCharacters}]公网安备[:：]?\\s*(\\d{12,14})`).exec(text)?.[1],
  };
}

/** Which footer facts disagree with the settings: [field, found, expected]. */
export function boilerplateMismatches(found: Boilerplate, site: SiteConfig): [string, string, string][] {
  const expected: Required<Record<keyof Boilerplate, string>> = {
    sponsor: site.sponsor,
    organizer: site.organizer,
    siteIdCode: site.siteIdCode,
    icp: site.icp,
    publicSecurityCode: site.publicSecurityCode,
  };
  return (Object.keys(expected) as (keyof Boilerplate)[])
    .filter((key) => found[key] !== undefined && found[key] !== expected[key])
    .map((key) => [key, found[key]!, expected[key]]);
}
